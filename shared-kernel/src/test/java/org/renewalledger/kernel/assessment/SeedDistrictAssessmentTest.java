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
 * 船山区 (Suining) in August 2020, from the seed's district plan: 2020's task is 176 compounds to start, 286
 * buildings, 10,340 households, in the 介福路, 育才路 and 镇江寺 street offices (the seed names them; the split
 * between them is invented and adds up to the seed's totals). Plan 1 March – 31 December 2020; the year's targets
 * are starts (开工), so nothing is to be completed and a street office has no money of its own to spend.
 *
 * <pre>
 *                 targets (start / bldg / hh)   started   households   report
 * 介福路 510903001   64 / 104 / 3,760               64        3,760        on time
 * 育才路 510903002   60 /  98 / 3,520               36        2,150        late
 * 镇江寺 510903003   52 /  84 / 3,060               25        1,500        missing
 * </pre>
 *
 * <b>Default policy</b> (assessment-2026.3; in August nothing of a plan's named compounds is due yet, so assessment-2026.2 gives the same). 31 August is day 184 of 306: 60% due (time-proportional). A street
 * office answers for starts (54), households (36) and satisfaction (10); no compound is completed and surveyed
 * yet, so satisfaction's weight goes to the other two in proportion: starts 60, households 40:
 * <pre>
 * 介福路  starts 64/39 → 60.00, hh 3,760/2,256 → 40.00, both whole-year targets met early +2.00  = 102.00 excellent
 * 育才路  starts 36/36 → 60.00, hh 2,150/2,112 → 40.00, late −0.50                               =  99.50 excellent
 * 镇江寺  starts 25/32 → 46.87, hh 1,500/1,836 → 32.67, missing −1.00                             =  78.54 pass, lagging:
 *         7 of 32 starts due not made, 21.88% behind its own schedule (more than the 10% margin)
 * </pre>
 * <b>The first release's policy</b> (assessment-2026.1). Day 183 ≥ 150: 80% due. Every unit on all four
 * figures; a target of 0 (completions, money) earns full marks, 25 points each:
 * <pre>
 * 介福路  starts 64/52 → 35.00, completions 0/0 → 25.00, hh 3,760/3,008 → 15.00, funds → 25.00  = 100.00
 * 育才路  starts 36/48 → 26.25, 25.00, hh 2,150/2,816 → 11.45, 25.00, late −0.50                  =  87.20
 * 镇江寺  starts 25/42 → 20.83, 25.00, hh 1,500/2,448 →  9.19, 25.00, missing −1.00               =  79.02
 * </pre>
 * All three are PASS (quotas of three units: no excellent, no good) and nobody is lagging (a group of three has
 * no "bottom three"), though 镇江寺 is a fifth behind its schedule.
 */
class SeedDistrictAssessmentTest {

    static final YearMonth AUGUST = YearMonth.of(2020, 8);
    static final LocalDate STARTS_ON = LocalDate.of(2020, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    private static final Instant RECORDED = Instant.parse("2020-09-10T02:00:00Z");

    @Test
    void shouldAddUpToTheSeedsTaskFor2020() {
        List<UnitFacts> offices = chuanshan2020();
        assertThat(offices.stream().mapToInt(u -> u.targets().compoundsToStart()).sum()).isEqualTo(176);
        assertThat(offices.stream().mapToInt(u -> u.targets().buildings()).sum()).isEqualTo(286);
        assertThat(offices.stream().mapToInt(u -> u.targets().households()).sum()).isEqualTo(10_340);
    }

    @Test
    void shouldMarkOnlyTheOfficeBehindItsOwnSchedule_underTheDefaultPolicy() {
        List<UnitAssessment> assessed = MonthlyAssessmentCalculator.assess(AssessmentPolicy.DEFAULT, AUGUST, chuanshan2020());

        assertThat(assessed).extracting(u -> u.result().unit().id()).containsExactly("510903001", "510903002", "510903003");
        assertThat(assessed).extracting(u -> u.result().scoreHundredths()).containsExactly(10_200, 9950, 7854);
        assertThat(assessed).extracting(u -> u.result().grade()).containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.PASS);
        assertThat(assessed).extracting(u -> u.result().rank()).containsExactly(1, 2, 3);
        assertThat(assessed).extracting(u -> u.result().lagging()).containsExactly(false, false, true);
        assertThat(assessed).extracting(u -> u.result().shortfall()).containsExactly(0, 0, 2188);
    }

    @Test
    void shouldExplainTheLaggingOffice_byWhatIsDueAndWhatWasReached() {
        UnitAssessment zhenjiangsi = MonthlyAssessmentCalculator.assess(AssessmentPolicy.DEFAULT, AUGUST, chuanshan2020()).get(2);

        // no money, no completions: not its acts; no survey yet: satisfaction's weight goes to the other two
        assertThat(zhenjiangsi.indicators()).extracting(IndicatorLine::kind)
                .containsExactly(IndicatorKind.STARTS, IndicatorKind.HOUSEHOLDS, IndicatorKind.SATISFACTION);
        assertThat(zhenjiangsi.indicators()).extracting(IndicatorLine::weight).containsExactly(6000, 4000, 0);
        IndicatorLine starts = zhenjiangsi.indicators().get(0);
        assertThat(List.of(starts.target(), (long) starts.duePercent(), starts.due(), starts.actual(), (long) starts.points()))
                .containsExactly(52L, 60L, 32L, 25L, 4687L);
        assertThat(starts.facts()).hasSize(25).allSatisfy(f -> assertThat(f.eventType()).isEqualTo("MilestoneReached"));
        IndicatorLine households = zhenjiangsi.indicators().get(1);
        assertThat(List.of(households.due(), households.actual(), (long) households.points())).containsExactly(1836L, 1500L, 3267L);
        assertThat(zhenjiangsi.deductions()).singleElement().satisfies(d -> assertThat(d.points()).isEqualTo(100));
        assertThat(zhenjiangsi.bonuses()).isEmpty();
    }

    @Test
    void shouldAddPointsForWholeYearTargetsMetEarly() {
        UnitAssessment jiefulu = MonthlyAssessmentCalculator.assess(AssessmentPolicy.DEFAULT, AUGUST, chuanshan2020()).get(0);

        assertThat(jiefulu.bonuses()).extracting(BonusLine::kind).containsExactly(IndicatorKind.STARTS, IndicatorKind.HOUSEHOLDS);
        assertThat(jiefulu.bonusPoints()).isEqualTo(200);
        assertThat(jiefulu.indicatorPoints() + jiefulu.bonusPoints() - jiefulu.deductionPoints())
                .isEqualTo(jiefulu.result().scoreHundredths());
    }

    @Test
    void shouldMarkNobodyLaggingAndCapEveryoneToPass_underTheFirstReleasesPolicy() {
        List<UnitAssessment> assessed = MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_1, AUGUST,
                chuanshan2020());

        assertThat(assessed).extracting(u -> u.result().scoreHundredths()).containsExactly(10_000, 8720, 7902);
        assertThat(assessed).extracting(u -> u.result().grade()).containsOnly(Grade.PASS);
        assertThat(assessed).extracting(u -> u.result().lagging()).containsOnly(false);
        assertThat(assessed).extracting(u -> u.result().shortfall()).containsOnly((Integer) null);
        assertThat(assessed.get(0).indicators()).extracting(IndicatorLine::points).containsExactly(3500, 2500, 1500, 2500);
        assertThat(assessed.get(0).indicators().get(1).target()).isZero(); // full marks for a target of 0
    }

    @Test
    void shouldGiveTheSecondReleasesRanking_underTheDefault_whileNoNamedCompoundIsDue() {
        // the default (2026.3) differs from 2026.2 only in reading the plan's named compounds, due by 31 December
        assertThat(MonthlyAssessmentCalculator.assess(AssessmentPolicy.DEFAULT, AUGUST, chuanshan2020()))
                .extracting(UnitAssessment::result)
                .isEqualTo(MonthlyAssessmentCalculator.assess(AssessmentPolicy.ASSESSMENT_2026_2, AUGUST, chuanshan2020()).stream()
                        .map(UnitAssessment::result).toList());
    }

    @Test
    void shouldGiveTheSameAssessment_forTheSameFacts() {
        assertThat(MonthlyAssessmentCalculator.assess(AssessmentPolicy.DEFAULT, AUGUST, chuanshan2020()))
                .isEqualTo(MonthlyAssessmentCalculator.assess(AssessmentPolicy.DEFAULT, AUGUST, chuanshan2020()));
    }

    /** The three offices of 2020, as in the table. */
    static List<UnitFacts> chuanshan2020() {
        return List.of(
                office(1, 64, 104, 3760, join(households(48, 59), households(16, 58)), ReportTimeliness.ON_TIME),
                office(2, 60, 98, 3520, join(households(26, 60), households(10, 59)), ReportTimeliness.LATE),
                office(3, 52, 84, 3060, households(25, 60), ReportTimeliness.MISSING));
    }

    private static UnitFacts office(int n, int toStart, int buildings, int householdTarget, List<Long> startedHouseholds,
                                    ReportTimeliness report) {
        String code = String.format("510903%03d", n);
        ResponsibleUnit unit = ResponsibleUnit.streetOffice(JurisdictionCode.of(code));
        List<FactRef> starts = new ArrayList<>();
        List<Long> each = startedHouseholds;
        for (int i = 0; i < each.size(); i++) {
            String compound = String.format("%s-%03d", code, i + 1);
            starts.add(new FactRef(compound + "-started", "MilestoneReached", RECORDED, "builder", "IMPLEMENTING_ENTITY", compound,
                    LocalDate.of(2020, 6, 10), each.get(i)));
        }
        FactRef plan = new FactRef("plan-" + code, "AnnualPlanSet", RECORDED, "hb", "HOUSING_BUREAU", "plan-" + code + "-2020",
                STARTS_ON, 0);
        FactRef reportFact = report == ReportTimeliness.MISSING ? null : new FactRef("report-" + code, "MonthlyReportSubmitted",
                RECORDED, "so", "STREET_OFFICE", "report-" + code + "-2020-08", LocalDate.of(2020, 9, 4), 0);
        return new UnitFacts(unit, new PlanTargets(toStart, 0, buildings, householdTarget, Area.ofSquareMetres("0"),
                Money.ofFen(0)), STARTS_ON, DEADLINE, plan, starts, List.of(), List.of(), report, LocalDate.of(2020, 9, 5),
                reportFact);
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
