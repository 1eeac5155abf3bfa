package org.renewalledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;

/** Exports read back as a spreadsheet reads them: text that looks like a formula stays text, numbers stay numbers. */
class TableWriterTest {

    private static final List<String> HEADERS = List.of("排名", "单位名称", "金额（元）");
    private static final List<List<?>> ROWS = List.of(
            Arrays.asList(1, "=HYPERLINK(\"http://evil\",\"点击\")", new BigDecimal("1000000.00")),
            Arrays.asList(2, "+86 甲, \"乙\"", new BigDecimal("-250.50")),
            Arrays.asList(3, "-1+2", null),
            Arrays.asList(4, "@SUM(A1:A2)", BigDecimal.ZERO),
            Arrays.asList(5, "\tTAB", BigDecimal.ONE),
            Arrays.asList(6, "幸福里小区", BigDecimal.TEN));

    @Test
    void shouldGuardEveryFormulaLeader_andNothingElse() {
        for (String leader : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(FormulaGuard.text(leader + "1")).isEqualTo("'" + leader + "1");
        }
        assertThat(FormulaGuard.text("幸福里")).isEqualTo("幸福里");
        assertThat(FormulaGuard.cell(new BigDecimal("-1.00"))).isEqualTo(new BigDecimal("-1.00"));
        assertThat(FormulaGuard.text("")).isEmpty();
    }

    @Test
    void shouldWriteACsvThatCommonsCsvReadsBack_withFormulasNeutralised() throws Exception {
        byte[] bytes = DataBufferUtils.join(TableWriter.csv(new Table("表", HEADERS, Flux.fromIterable(ROWS))))
                .map(buffer -> { byte[] b = new byte[buffer.readableByteCount()]; buffer.read(b); DataBufferUtils.release(buffer); return b; })
                .block(Duration.ofSeconds(10));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF排名,单位名称,金额（元）\r\n1,");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(1 + ROWS.size());
        assertThat(records.get(1).values()).containsExactly("1", "'=HYPERLINK(\"http://evil\",\"点击\")", "1000000.00");
        assertThat(records.get(2).values()).containsExactly("2", "'+86 甲, \"乙\"", "-250.50");
        assertThat(records.get(3).values()).containsExactly("3", "'-1+2", "");
        assertThat(records.get(4).get(1)).isEqualTo("'@SUM(A1:A2)");
        assertThat(records.get(5).get(1)).isEqualTo("'\tTAB");
        assertThat(records.get(6).values()).containsExactly("6", "幸福里小区", "10");
    }

    @Test
    void shouldWriteAWorkbookThatPoiReadsBack_withNumbersAsNumbersAndFormulasAsText() throws Exception {
        byte[] bytes = DataBufferUtils.join(TableWriter.xlsx(new Table("资金台账", HEADERS, Flux.fromIterable(ROWS))))
                .map(buffer -> { byte[] b = new byte[buffer.readableByteCount()]; buffer.read(b); DataBufferUtils.release(buffer); return b; })
                .block(Duration.ofSeconds(30));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheet("资金台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("排名");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1_000_000.00);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-250.50);
            assertThat(sheet.getRow(3).getCell(2)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS.size());
        }
    }

    /** A count and its electorate in one file: CSV tables one after another, XLSX one sheet each, both guarded. */
    @Test
    void shouldWriteSeveralTables_asCsvSectionsAndAsSheets() throws Exception {
        List<Table> tables = List.of(new Table("计票结果", List.of("轮次", "决定"), Flux.just(Arrays.asList(1, "通过"))),
                new Table("选民名册", HEADERS, Flux.fromIterable(ROWS)));
        String text = new String(bytes(TableWriter.csv(tables)), StandardCharsets.UTF_8);
        String[] parts = text.substring(1).split("\r\n\r\n", 2);
        assertThat(CSVFormat.DEFAULT.parse(new StringReader(parts[0])).getRecords()).hasSize(2);
        List<CSVRecord> second = CSVFormat.DEFAULT.parse(new StringReader(parts[1])).getRecords();
        assertThat(second.get(0).values()).containsExactlyElementsOf(HEADERS);
        assertThat(second.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\",\"点击\")");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(TableWriter.xlsx(tables))))) {
            assertThat(workbook.getSheet("计票结果").getRow(1).getCell(1).getStringCellValue()).isEqualTo("通过");
            assertThat(workbook.getSheet("选民名册").getLastRowNum()).isEqualTo(ROWS.size());
            assertThat(workbook.getSheet("选民名册").getRow(1).getCell(1).getStringCellValue()).startsWith("'=");
        }
    }

    private static byte[] bytes(Flux<org.springframework.core.io.buffer.DataBuffer> body) {
        return DataBufferUtils.join(body)
                .map(buffer -> { byte[] b = new byte[buffer.readableByteCount()]; buffer.read(b); DataBufferUtils.release(buffer); return b; })
                .block(Duration.ofSeconds(30));
    }
}
