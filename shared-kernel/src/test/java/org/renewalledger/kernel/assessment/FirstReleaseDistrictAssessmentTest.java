package org.renewalledger.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/**
 * The first release's rules ({@code assessment-2026.1}, kept under its name) still compute what they computed: October 2025 of a district with the seed's 2020 task (176 compounds, 286 buildings, 10,340 households) over
 * its five street offices (介福路, 育才路, 镇江寺, 凯旋路, 南津路), computed by hand:
 *
 * <pre>
 * plan 2025-03-01 … 2025-12-31; 31 Oct is day 244 ≥ 150, so 80% is due (rounded up)
 *             start target/due  complete target/due  households target/due  started hh  report
 * 介福路 A    40 / 32 (32 ✓)    40 / 32 (32 ✓)       2360 / 1888            1888        late    35+25+15+25 = 100.00 − 0.50 = 99.50
 * 育才路 B    36 / 29 (29 ✓)    36 / 29 (29 ✓)       1875 / 1500            1100        late    35+25+11+25 =  96.00 − 0.50 = 95.50
 * 镇江寺 C    36 / 29 (29 ✓)    36 / 29 (29 ✓)       1875 / 1500            1100        missing 35+25+11+25 =  96.00 − 1.00 = 95.00
 * 凯旋路 D    32 / 26 (26 ✓)    31 / 25 (1)          2355 / 1884            1898        missing 35+ 1+15+25 =  76.00 − 1.00 = 75.00
 * 南津路 E    32 / 26 (26 ✓)    31 / 25 (1)          1875 / 1500            1450        late    35+ 1+14.5+25 = 75.50 − 0.50 = 75.00
 * </pre>
 * Grades: A excellent (the one place under the 20% cap of five); B is excellent by cut-off but over that
 * cap, so good (the one good place under 30%); C's 95.00 is good by cut-off (excellent is strictly above 95)
 * but over the good cap, so pass; D and E tie at exactly 75.00: pass, sharing rank 4. Lagging: the bottom
 * three, C, D and E. The money: A's 10,000,000 yuan to spend makes 8,000,000 due; 8,500,000 was disbursed and
 * 500,000 of it reversed, so exactly what is due: full marks. The others have no money to spend: full marks.
 */
class FirstReleaseDistrictAssessmentTest {

    static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    static final LocalDate STARTS_ON = LocalDate.of(2025, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);
    private static final Instant RECORDED = Instant.parse("2025-11-20T02:00:00Z");

    @Test
    void shouldScoreGradeAndRankTheSeedDistrictAsComputedByHand() {
        List<UnitAssessment> assessed = MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, district());

        assertThat(assessed).extracting(u -> u.result().unit().id())
                .containsExactly("511102001", "511102002", "511102003", "511102004", "511102005");
        assertThat(assessed).extracting(u -> u.result().scoreHundredths()).containsExactly(9950, 9550, 9500, 7500, 7500);
        assertThat(assessed).extracting(u -> u.result().grade())
                .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.PASS, Grade.PASS);
        assertThat(assessed).extracting(u -> u.result().rank()).containsExactly(1, 2, 3, 4, 4);
        assertThat(assessed).extracting(u -> u.result().lagging()).containsExactly(false, false, true, true, true);
    }

    @Test
    void shouldExplainEachIndicatorAndDeductionByTheEventsBehindIt() {
        UnitAssessment e = MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, district()).get(4);

        assertThat(e.result().unit().id()).isEqualTo("511102005");
        IndicatorLine households = e.indicators().get(2);
        assertThat(households.kind()).isEqualTo(IndicatorKind.HOUSEHOLDS);
        assertThat(List.of(households.target(), households.due(), households.actual(), (long) households.points()))
                .containsExactly(1875L, 1500L, 1450L, 1450L);
        assertThat(households.facts()).hasSize(26).allSatisfy(f -> assertThat(f.eventType()).isEqualTo("MilestoneReached"));
        assertThat(households.facts().get(0).eventId()).isEqualTo("511102005-001-started");
        IndicatorLine completions = e.indicators().get(1);
        assertThat(List.of(completions.due(), completions.actual(), (long) completions.points())).containsExactly(25L, 1L, 100L);
        assertThat(e.deductions()).singleElement().satisfies(d -> {
            assertThat(d.item()).isEqualTo("月报迟报");
            assertThat(d.points()).isEqualTo(50);
            assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 11, 5));
            assertThat(d.facts()).extracting(FactRef::eventId).containsExactly("report-511102005");
        });
        assertThat(e.indicatorPoints() - e.deductionPoints()).isEqualTo(e.result().scoreHundredths());
    }

    @Test
    void shouldCiteThePlan_whenTheReportIsMissing() {
        UnitAssessment c = MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, district()).get(2);

        assertThat(c.report()).isEqualTo(ReportTimeliness.MISSING);
        assertThat(c.deductions()).singleElement().satisfies(d -> {
            assertThat(d.item()).isEqualTo("月报未报送");
            assertThat(d.points()).isEqualTo(100);
            assertThat(d.facts()).extracting(FactRef::eventId).containsExactly("plan-511102003");
        });
    }

    @Test
    void shouldCountNetMoneyAgainstWhatTheScheduleMakesDue() {
        UnitFacts a = district().get(0);
        UnitAssessment scored = MonthlyAssessmentCalculator.score(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, a);
        IndicatorLine funds = scored.indicators().get(3);
        assertThat(List.of(funds.target(), funds.due(), funds.actual(), (long) funds.points()))
                .containsExactly(1_000_000_000L, 800_000_000L, 800_000_000L, 2500L);

        UnitFacts short60Percent = new UnitFacts(a.unit(), a.targets(), STARTS_ON, DEADLINE, a.plan(), a.starts(), a.completions(),
                List.of(ref("pay-1", "SubsidyDisbursed", "511102001-001-2025", 600_000_000L)), a.report(), a.reportDueOn(), a.reportFact());
        assertThat(MonthlyAssessmentCalculator.score(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, short60Percent).indicators().get(3).points())
                .isEqualTo(1875); // 2500 × 6,000,000 / 8,000,000
    }

    @Test
    void shouldNeverScoreBelowZero() {
        UnitFacts d = district().get(3);
        UnitFacts nothing = new UnitFacts(d.unit(), new PlanTargets(10, 10, 10, 100, new Area(0), Money.ofFen(100)), STARTS_ON,
                DEADLINE, d.plan(), List.of(), List.of(), List.of(), ReportTimeliness.MISSING, d.reportDueOn(), null);
        UnitAssessment scored = MonthlyAssessmentCalculator.score(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, nothing);
        assertThat(scored.indicatorPoints()).isZero();
        assertThat(scored.result().scoreHundredths()).isZero();
    }

    @Test
    void shouldGiveTheSameAssessment_forTheSameFacts() {
        assertThat(MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, district()))
                .isEqualTo(MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_1, OCTOBER, district()));
    }

    /** The five offices; compound households as in the table (started compounds first). */
    static List<UnitFacts> district() {
        return List.of(
                office(1, 40, 40, 65, 2360, 1_000_000_000L, households(32, 59), 32, ReportTimeliness.LATE,
                        List.of(ref("pay-a1", "SubsidyDisbursed", "511102001-001-2025", 850_000_000L),
                                ref("pay-a1-reversal", "EntryReversed", "511102001-001-2025", -50_000_000L))),
                office(2, 36, 36, 58, 1875, 0, join(households(27, 38), households(2, 37)), 29, ReportTimeliness.LATE, List.of()),
                office(3, 36, 36, 58, 1875, 0, join(households(27, 38), households(2, 37)), 29, ReportTimeliness.MISSING, List.of()),
                office(4, 32, 31, 53, 2355, 0, households(26, 73), 1, ReportTimeliness.MISSING, List.of()),
                office(5, 32, 31, 52, 1875, 0, join(households(20, 56), households(6, 55)), 1, ReportTimeliness.LATE, List.of()));
    }

    private static UnitFacts office(int n, int toStart, int toComplete, int buildings, int householdTarget, long fundsFen,
                                    List<Long> startedHouseholds, int completed, ReportTimeliness report, List<FactRef> funds) {
        String code = String.format("511102%03d", n);
        ResponsibleUnit unit = ResponsibleUnit.streetOffice(JurisdictionCode.of(code));
        List<FactRef> starts = new ArrayList<>();
        for (int i = 0; i < startedHouseholds.size(); i++) {
            String compound = String.format("%s-%03d", code, i + 1);
            starts.add(new FactRef(compound + "-started", "MilestoneReached", RECORDED, "admin", "ADMINISTRATOR", compound,
                    LocalDate.of(2025, 5, 10), startedHouseholds.get(i)));
        }
        List<FactRef> completions = new ArrayList<>();
        for (int i = 0; i < completed; i++) {
            String compound = String.format("%s-%03d", code, i + 1);
            completions.add(new FactRef(compound + "-completed", "MilestoneReached", RECORDED, "admin", "ADMINISTRATOR", compound,
                    LocalDate.of(2025, 9, 20), 1));
        }
        FactRef plan = new FactRef("plan-" + code, "AnnualPlanSet", RECORDED, "hb", "HOUSING_BUREAU", "plan-" + code + "-2025",
                STARTS_ON, 0);
        FactRef reportFact = report == ReportTimeliness.MISSING ? null : new FactRef("report-" + code, "MonthlyReportSubmitted",
                RECORDED, "so", "STREET_OFFICE", "report-" + code + "-2025-10", LocalDate.of(2025, 11, 20), 0);
        return new UnitFacts(unit, new PlanTargets(toStart, toComplete, buildings, householdTarget,
                Area.ofSquareMetres("100000"), Money.ofFen(fundsFen)), STARTS_ON, DEADLINE, plan, starts, completions, funds,
                report, LocalDate.of(2025, 11, 5), reportFact);
    }

    private static FactRef ref(String id, String type, String project, long fen) {
        return new FactRef(id, type, RECORDED, "fin", "FINANCE_BUREAU", project, LocalDate.of(2025, 10, 15), fen);
    }

    private static List<Long> households(int compounds, long each) {
        return java.util.Collections.nCopies(compounds, each);
    }

    private static List<Long> join(List<Long> first, List<Long> second) {
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
