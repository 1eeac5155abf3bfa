package org.renewalledger.command.compound.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.Exclusion;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

class SurveyRowParserTest {

    private static final String HEADER = "小区编码,小区名称,街道代码,街道名称,建成年份,楼栋数,户数,建筑面积（平方米）,排除情形\n";
    private static final JurisdictionCode GUCHANG = JurisdictionCode.of("520523001");

    @Test
    void shouldTurnAValidRowIntoTheRegistrationCommand() {
        ParsedRow row = parseOne("520523001-101,幸福里小区,520523001,鼓场街道,1995,6,240,\"18,650.50\",\n");

        assertThat(row.problems()).isEmpty();
        RegisterCompoundCommand command = row.command();
        assertThat(command.compoundId().value()).isEqualTo("520523001-101");
        assertThat(command.jurisdiction()).isEqualTo(JurisdictionCode.of("520523"));
        assertThat(command.streetOffice()).isEqualTo(GUCHANG);
        assertThat(command.builtYear()).isEqualTo(1995);
        assertThat(command.households()).isEqualTo(240);
        assertThat(command.floorArea()).isEqualTo(Area.ofSquareMetres("18650.50"));
        assertThat(command.exclusions()).isEmpty();
        assertThat(row.row()).isEqualTo(2);
    }

    @Test
    void shouldReportEveryBadCellOfARow_withItsColumnAndField() {
        ParsedRow row = parseOne("520523001-101,,520523001,鼓场街道,一九九五,6.5,240,18650.505,危房\n");

        assertThat(row.valid()).isFalse();
        assertThat(row.problems()).extracting(RowProblem::column)
                .containsExactly("小区名称", "建成年份", "楼栋数", "建筑面积（平方米）", "排除情形");
        assertThat(row.problems()).extracting(RowProblem::field)
                .containsExactly("name", "builtYear", "buildings", "floorArea", "exclusions");
        assertThat(row.problems()).allMatch(problem -> problem.code() == ErrorCode.VALIDATION_FAILED);
        assertThat(row.problems().get(1).reason()).contains("一九九五");
    }

    @Test
    void shouldRefuseARowOfAnotherStreetOffice() {
        ParsedRow row = parseOne("520523002-101,西洛小区,520523002,西洛街道,1995,6,240,18650,\n");

        assertThat(row.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.STREET_OFFICE_OUTSIDE_JURISDICTION);
            assertThat(problem.column()).isEqualTo("街道代码");
        });
    }

    @Test
    void shouldApplyTheCommandsOwnRules_onceEveryCellReads() {
        ParsedRow row = parseOne("520523001-101,幸福里小区,520523001,鼓场街道,1850,6,0,18650,\n");

        assertThat(row.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("builtYear");
            assertThat(problem.column()).isEqualTo("建成年份");
        });
    }

    @Test
    void shouldReadExclusionsByTheirChineseNames() {
        ParsedRow row = parseOne("520523001-101,幸福里小区,520523001,鼓场街道,1995,6,240,18650,棚改、城中村\n");

        assertThat(row.command().exclusions()).containsExactlyInAnyOrder(Exclusion.SHANTY_TOWN_REDEVELOPMENT, Exclusion.URBAN_VILLAGE);
    }

    @Test
    void shouldFindTheHeaderBelowATitleRow_andColumnsInAnyOrder() {
        SurveySheet sheet = csv("鼓场街道老旧小区摸底调查表,,,\n\n"
                + "户数,小区名称,小区编码,街道代码,街道名称,建成年份,楼栋数,建筑面积(平方米),备注\n"
                + "240,幸福里小区,520523001-101,520523001,鼓场街道,1995,6,18650,东门\n");
        SurveyHeader header = SurveyHeader.locate(sheet);
        List<SheetRow> data = header.dataRows(sheet);

        assertThat(data).singleElement().extracting(SheetRow::number).isEqualTo(4);
        ParsedRow row = new SurveyRowParser(header, GUCHANG).parse(data.get(0));
        assertThat(row.problems()).isEmpty();
        assertThat(row.command().households()).isEqualTo(240);
    }

    @Test
    void shouldRefuseAFileWithoutTheTemplatesColumns() {
        assertThatThrownBy(() -> SurveyHeader.locate(csv("小区编码,小区名称\n520523001-101,幸福里小区\n")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_TEMPLATE_MISMATCH);
                    assertThat(e.getMessage()).contains("街道代码", "建成年份");
                });
    }

    @Test
    void shouldDetectGbk_andReadUtf8WithOrWithoutItsByteOrderMark() {
        String text = HEADER + "520523001-101,幸福里小区,520523001,鼓场街道,1995,6,240,18650,\n";
        Charset gbk = Charset.forName("GBK");

        SurveySheet fromGbk = SurveySheetReader.read(text.getBytes(gbk), null, 10);
        SurveySheet fromUtf8 = SurveySheetReader.read(text.getBytes(StandardCharsets.UTF_8), null, 10);
        SurveySheet fromBom = SurveySheetReader.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), null, 10);

        assertThat(fromGbk.charset()).isEqualTo("GB18030");
        assertThat(fromUtf8.charset()).isEqualTo("UTF-8");
        assertThat(fromBom.charset()).isEqualTo("UTF-8");
        assertThat(fromGbk.rows()).isEqualTo(fromUtf8.rows()).isEqualTo(fromBom.rows());
        assertThat(fromGbk.rows().get(1).cell(1)).isEqualTo("幸福里小区");
    }

    @Test
    void shouldRefuseGbkBytesDeclaredAsUtf8_ratherThanImportMojibake() {
        byte[] gbk = (HEADER + "520523001-101,幸福里小区,520523001,鼓场街道,1995,6,240,18650,\n").getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> SurveySheetReader.read(gbk, StandardCharsets.UTF_8, 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_UNREADABLE));
    }

    @Test
    void shouldRefuseLegacyExcel_emptyFiles_andTooManyRows() {
        assertThatThrownBy(() -> SurveySheetReader.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, null, 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains(".xls"));
        assertThatThrownBy(() -> SurveySheetReader.read(new byte[0], null, 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_UNREADABLE));
        String many = HEADER + "520523001-101,幸福里小区,520523001,鼓场街道,1995,6,240,18650,\n".repeat(30);
        assertThatThrownBy(() -> SurveySheetReader.read(many.getBytes(StandardCharsets.UTF_8), null, 10))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_TOO_LARGE));
    }

    @Test
    void shouldReadTheTemplatesItServes_asValidRows() {
        for (byte[] template : List.of(SurveyTemplate.xlsx(), SurveyTemplate.csv())) {
            SurveySheet sheet = SurveySheetReader.read(template, null, 10);
            SurveyHeader header = SurveyHeader.locate(sheet);
            List<ParsedRow> rows = header.dataRows(sheet).stream().map(new SurveyRowParser(header, GUCHANG)::parse).toList();

            assertThat(rows).hasSize(2).allMatch(ParsedRow::valid);
            assertThat(rows.get(0).command().floorArea()).isEqualTo(Area.ofSquareMetres("18650.50"));
        }
    }

    /** The copies shipped in docs/import/ must be what the import reads (regenerate them from SurveyTemplate if not). */
    @Test
    void shouldReadTheTemplateCopiesInTheDocs() throws Exception {
        for (String name : List.of(SurveyTemplate.XLSX_NAME, SurveyTemplate.CSV_NAME)) {
            SurveySheet sheet = SurveySheetReader.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/import", name)), null, 10);
            SurveyHeader header = SurveyHeader.locate(sheet);

            assertThat(header.dataRows(sheet)).as(name).hasSize(2)
                    .allMatch(row -> new SurveyRowParser(header, GUCHANG).parse(row).valid());
            assertThat(sheet.rows().get(0).cells()).as(name).isEqualTo(SurveyColumn.headings());
        }
    }

    private static ParsedRow parseOne(String dataLine) {
        SurveySheet sheet = csv(HEADER + dataLine);
        SurveyHeader header = SurveyHeader.locate(sheet);
        return new SurveyRowParser(header, GUCHANG).parse(header.dataRows(sheet).get(0));
    }

    private static SurveySheet csv(String text) {
        return SurveySheetReader.read(text.getBytes(StandardCharsets.UTF_8), null, 100);
    }
}
