package org.renewalledger.command.compound.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The survey template (摸底调查表模板), built from {@link SurveyColumn} so that it can never disagree with what the
 * import reads: the header row and two example rows (replace them with the office's compounds). The copies in
 * {@code docs/import/} are checked against the reader by a test.
 */
final class SurveyTemplate {

    static final String XLSX_NAME = "小区摸底调查表模板.xlsx";
    static final String CSV_NAME = "小区摸底调查表模板.csv";

    private static final List<List<String>> EXAMPLES = List.of(
            SurveyColumn.headingsExample(),
            List.of("520523001-102", "和平巷小区", "520523001", "鼓场街道", "1988", "3", "96", "7200", "无"));

    private SurveyTemplate() {
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("摸底调查");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headings = SurveyColumn.headings();
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = EXAMPLES.get(r);
                for (int i = 0; i < values.size(); i++) {
                    SurveyColumn column = SurveyColumn.values()[i];
                    boolean numeric = column == SurveyColumn.BUILT_YEAR || column == SurveyColumn.BUILDINGS
                            || column == SurveyColumn.HOUSEHOLDS || column == SurveyColumn.FLOOR_AREA;
                    if (numeric) {
                        row.createCell(i).setCellValue(Double.parseDouble(values.get(i)));
                    } else {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, which is how Excel recognises a UTF-8 CSV instead of reading it as GBK. */
    static byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", SurveyColumn.headings())).append("\r\n");
        for (List<String> row : EXAMPLES) {
            text.append(String.join(",", row)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
