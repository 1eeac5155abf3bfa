package org.renewalledger.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * The grading rules of the first release's policy ({@code assessment-2026.1}: quotas, the bottom three), kept under
 * its name for the months computed with it and for the counties that choose it, one rule per test, with
 * hand-computed expectations. The default policy's own rules are in {@link DefaultAssessmentPolicyTest}.
 */
class AssessmentPolicyTest {

    private final AssessmentPolicy policy = AssessmentPolicy.ASSESSMENT_2026_1;

    @Test
    void shouldGradeByCutOffs_withTheBoundaryScoresInTheLowerBand() {
        assertThat(policy.gradeByCutOff(9501)).isEqualTo(Grade.EXCELLENT);
        assertThat(policy.gradeByCutOff(9500)).isEqualTo(Grade.GOOD); // excellent is strictly above 95
        assertThat(policy.gradeByCutOff(8500)).isEqualTo(Grade.GOOD);
        assertThat(policy.gradeByCutOff(8499)).isEqualTo(Grade.PASS);
        assertThat(policy.gradeByCutOff(7500)).isEqualTo(Grade.PASS);
        assertThat(policy.gradeByCutOff(7499)).isEqualTo(Grade.FAIL);
    }

    @Test
    void shouldDeductOnePointForAMissingReportAndHalfAPointForALateOne() {
        assertThat(policy.deduction(ReportTimeliness.MISSING)).isEqualTo(100);
        assertThat(policy.deduction(ReportTimeliness.LATE)).isEqualTo(50);
        assertThat(policy.deduction(ReportTimeliness.ON_TIME)).isZero();
        assertThat(policy.deduction(ReportTimeliness.PENDING)).isZero();
    }

    @Test
    void shouldGiveIndicatorPointsProRata_roundedDownToTheHundredth() {
        assertThat(AssessmentPolicy.indicatorPoints(3500, 28, 29)).isEqualTo(3379); // 3500 × 28 / 29 = 3379.31
        assertThat(AssessmentPolicy.indicatorPoints(3500, 40, 29)).isEqualTo(3500); // more than due is full marks
        assertThat(AssessmentPolicy.indicatorPoints(2500, 1, 25)).isEqualTo(100);
        assertThat(AssessmentPolicy.indicatorPoints(1500, 1100, 1500)).isEqualTo(1100);
        assertThat(AssessmentPolicy.indicatorPoints(2500, 0, 0)).isEqualTo(2500); // nothing due: full marks
        assertThat(AssessmentPolicy.indicatorPoints(2500, -10, 80)).isZero(); // net reversals never go below zero
    }

    @Test
    void shouldDueTheReportOnTheFifthOfTheNextMonth() {
        assertThat(policy.reportDueOn(YearMonth.of(2025, 10))).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(policy.reportDueOn(YearMonth.of(2025, 12))).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void shouldDemoteTheLowestScoresOverEachCap_oneGradeAtATime() {
        // ten units: at most 2 excellent (20%) and 3 good (30%)
        List<UnitResult> results = policy.rank(scores(9900, 9800, 9700, 9600, 9000, 8800, 8600, 8000, 7000, 6000));
        assertThat(grades(results)).containsExactly(Grade.EXCELLENT, Grade.EXCELLENT,
                Grade.GOOD, Grade.GOOD, // excellent by cut-off, over the cap
                Grade.GOOD, Grade.PASS, Grade.PASS, // the good cap then holds 9700, 9600 and 9000
                Grade.PASS, Grade.FAIL, Grade.FAIL);
    }

    @Test
    void shouldDemoteAWholeTie_whenItDoesNotFitUnderTheCap() {
        List<UnitResult> results = policy.rank(scores(9900, 9800, 9800, 9700, 9000, 8000, 8000, 8000, 7000, 6000));
        assertThat(grades(results)).containsExactly(Grade.EXCELLENT,
                Grade.GOOD, Grade.GOOD, // 1 + 2 tied would be 3 > 2: both demoted, never one of them
                Grade.GOOD, // and no lower score keeps the grade the tie lost
                Grade.PASS, // the good cap (3) is full with 9800, 9800, 9700
                Grade.PASS, Grade.PASS, Grade.PASS, Grade.FAIL, Grade.FAIL);
    }

    @Test
    void shouldKeepATie_whenItFitsUnderTheCapExactly() {
        List<UnitResult> results = policy.rank(scores(9800, 9800, 9700, 9000, 8000, 8000, 8000, 7000, 7000, 6000));
        assertThat(grades(results).subList(0, 3)).containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD);
    }

    @Test
    void shouldAllowNoTopGrade_whenTheGroupIsTooSmallForTheCap() {
        // three units: floor(0.6) = 0 excellent, floor(0.9) = 0 good
        assertThat(grades(policy.rank(scores(9900, 9000, 8000)))).containsExactly(Grade.PASS, Grade.PASS, Grade.PASS);
    }

    @Test
    void shouldShareARankBetweenTiedScores_andSkipTheNext() {
        assertThat(policy.rank(scores(9000, 8000, 8000, 7000, 6500)).stream().map(UnitResult::rank))
                .containsExactly(1, 2, 2, 4, 5);
    }

    @Test
    void shouldMarkTheBottomThreeLagging_andAWholeTieAtTheEdge() {
        assertThat(lagging(policy.rank(scores(9000, 8500, 8000, 7000, 7000, 6000))))
                .containsExactly(false, false, false, true, true, true);
        assertThat(lagging(policy.rank(scores(9000, 8500, 8000, 8000, 7000, 6000))))
                .containsExactly(false, false, true, true, true, true);
    }

    @Test
    void shouldMarkNobodyLagging_inAGroupOfThreeOrFewer() {
        assertThat(lagging(policy.rank(scores(9000, 8000, 7000)))).containsOnly(false);
    }

    @Test
    void shouldRankEachKindOfUnitOnItsOwn() {
        ResponsibleUnit department = new ResponsibleUnit("520523-HOUSING_BUREAU", UnitKind.DEPARTMENT, JurisdictionCode.of("520523"));
        List<AssessmentPolicy.UnitScore> scores = new ArrayList<>(scores(9000, 8000));
        scores.add(new AssessmentPolicy.UnitScore(department, 7000));
        List<UnitResult> results = policy.rank(scores);
        assertThat(results).extracting(UnitResult::rank).containsExactly(1, 2, 1);
        assertThat(results.get(2).unit()).isEqualTo(department);
    }

    @Test
    void shouldRefuseWeightsThatDoNotAddUpToAHundred() {
        assertThatThrownBy(() -> new AssessmentPolicy("bad", Map.of("STREET_OFFICE", Map.of(IndicatorKind.STARTS, 9000)),
                false, AssessmentPolicy.ZeroTarget.FULL_MARKS, 100, 50, 9500, 8500, 7500, new AssessmentPolicy.Quotas(20, 30),
                AssessmentPolicy.Lagging.bottom(3), AssessmentPolicy.Rewards.NONE, 5, CheckpointSchedule.BORROWED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKnowItsVersionByName() {
        assertThat(AssessmentPolicy.named("assessment-2026.1")).isSameAs(AssessmentPolicy.ASSESSMENT_2026_1);
        assertThat(AssessmentPolicy.named("assessment-2026.3")).isSameAs(AssessmentPolicy.DEFAULT);
        assertThat(AssessmentPolicy.named("assessment-2026.2")).isSameAs(AssessmentPolicy.ASSESSMENT_2026_2);
        assertThat(AssessmentPolicy.named("assessment-1999.1")).isNull();
    }

    static List<AssessmentPolicy.UnitScore> scores(int... hundredths) {
        List<AssessmentPolicy.UnitScore> scores = new ArrayList<>();
        for (int i = 0; i < hundredths.length; i++) {
            scores.add(new AssessmentPolicy.UnitScore(ResponsibleUnit.streetOffice(JurisdictionCode.of(String.format("520523%03d", i + 1))),
                    hundredths[i]));
        }
        return scores;
    }

    private static List<Grade> grades(List<UnitResult> results) {
        return results.stream().map(UnitResult::grade).toList();
    }

    private static List<Boolean> lagging(List<UnitResult> results) {
        return results.stream().map(UnitResult::lagging).toList();
    }
}
