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
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.OwnerReference;

/** The housing registry's roster sheet read by the survey import's readers, in UTF-8 or GBK, row by row. */
class RosterSheetTest {

    private static final String SHEET = """
            鼓场街道幸福里小区业主名册
            房号,专有面积（平方米）,面积依据,权利人,开发商持有
            1-1-101,77.71,登记,p-101,否
            1-1-102,80.5,实测,p-102a、p-102b,
            1-1-201,90,合同,dev-1,是
            1-1-202,abc,登记,p-202,
            1-1-101,77.71,登记,p-101,
            1-1-301,60,估算,,
            """;

    private static List<RosterSheet.Row> read(Charset charset) {
        return RosterSheet.parse(SurveySheetReader.read(SHEET.getBytes(charset), null, 5_000));
    }

    @Test
    void shouldReadEachRowIntoAUnitOrItsProblems_inUtf8AndGbk() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            List<RosterSheet.Row> rows = read(charset);
            assertThat(rows).hasSize(6);
            assertThat(rows.get(0).parsed().exclusiveArea()).isEqualTo(Area.ofSquareMetres("77.71"));
            assertThat(rows.get(0).number()).isEqualTo(3);
            assertThat(rows.get(1).parsed().owners()).containsExactly(OwnerReference.of("p-102a"), OwnerReference.of("p-102b"));
            assertThat(rows.get(1).parsed().basis()).isEqualTo(AreaBasis.SURVEY);
            assertThat(rows.get(2).parsed().developerHeld()).isTrue();
            assertThat(rows.get(2).parsed().basis()).isEqualTo(AreaBasis.CONTRACT);
            assertThat(rows.get(3).parsed()).isNull();
            assertThat(rows.get(3).problems()).extracting(RowProblem::field).containsExactly("exclusiveArea");
            assertThat(rows.get(4).problems()).extracting(RowProblem::code).containsExactly(ErrorCode.IMPORT_DUPLICATE_ROW);
            assertThat(rows.get(5).problems()).extracting(RowProblem::field).containsExactlyInAnyOrder("areaBasis", "owners");
        }
    }

    @Test
    void shouldRefuseASheetWithoutTheRostersColumns() {
        assertThatThrownBy(() -> RosterSheet.parse(SurveySheetReader.read("房号,面积\n1-1-1,50\n".getBytes(StandardCharsets.UTF_8),
                null, 5_000)))
                .isInstanceOf(DomainException.class)
                .matches(e -> ((DomainException) e).code() == ErrorCode.IMPORT_TEMPLATE_MISMATCH);
    }
}
