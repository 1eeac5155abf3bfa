package org.renewalledger.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** The default policy (assessment-2026.3; its plan-compound rule is PlanCompoundsAssessmentTest's), one rule per test, with hand-computed expectations. */
class DefaultAssessmentPolicyTest {

    private static final AssessmentPolicy POLICY = AssessmentPolicy.DEFAULT;
    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    private static final YearMonth AUGUST = YearMonth.of(2020, 8);
    private static final JurisdictionCode COUNTY = JurisdictionCode.of("510903");
    private static final ResponsibleUnit OFFICE = ResponsibleUnit.streetOffice(JurisdictionCode.of("510903001"));
    private static final ResponsibleUnit FINANCE = new ResponsibleUnit("510903-FINANCE_BUREAU", UnitKind.DEPARTMENT, COUNTY);
    private static final ResponsibleUnit HOUSING = new ResponsibleUnit("510903-HOUSING_BUREAU", UnitKind.DEPARTMENT, COUNTY);

    @Test
    void shouldMakeDueTheShareOfThePlansDaysElapsed() {
        CheckpointSchedule schedule = POLICY.schedule();
        assertThat(schedule.duePercent(START, DEADLINE, START)).isZero(); // 1 of 306 days
        assertThat(schedule.duePercent(START, DEADLINE, LocalDate.of(2020, 8, 31))).isEqualTo(60); // 184 of 306 = 60.13
        assertThat(schedule.duePercent(START, DEADLINE, LocalDate.of(2020, 10, 31))).isEqualTo(80); // 245 of 306 = 80.07
        assertThat(schedule.duePercent(START, DEADLINE, START.minusDays(1))).isZero();
        assertThat(schedule.duePercent(START, DEADLINE, DEADLINE)).isEqualTo(100);
    }

    @Test
    void shouldScoreAStreetOfficeOnStartsAndHouseholds_notOnMoneyOrCompletions() {
        UnitFacts facts = facts(OFFICE, new PlanTargets(10, 10, 20, 600, new Area(0), Money.ofFen(1_000_000)),
                starts(6, 60, "IMPLEMENTING_ENTITY"), List.of(), List.of());
        UnitAssessment scored = MonthlyAssessmentCalculator.score(POLICY, AUGUST, facts);

        assertThat(scored.indicators()).extracting(IndicatorLine::kind)
                .containsExactly(IndicatorKind.STARTS, IndicatorKind.HOUSEHOLDS, IndicatorKind.SATISFACTION);
        assertThat(scored.indicators()).extracting(IndicatorLine::weight).containsExactly(6000, 4000, 0); // nobody surveyed yet
        // 6 of 6 starts due, 360 of 360 households due: full marks, with no money disbursed and nothing completed
        assertThat(scored.indicatorPoints()).isEqualTo(10_000);
        assertThat(scored.result().shortfall()).isZero();
    }

    @Test
    void shouldScoreTheFinanceBureauOnTheDisbursementsItRecorded() {
        UnitFacts facts = facts(FINANCE, new PlanTargets(0, 0, 0, 0, new Area(0), Money.ofFen(1_000_000)),
                starts(6, 60, "IMPLEMENTING_ENTITY"), List.of(),
                List.of(fact("pay-1", "FINANCE_BUREAU", 500_000), fact("pay-1-reversal", "FINANCE_BUREAU", -50_000),
                        fact("audit-clawback", "AUDITOR", -100_000)));
        UnitAssessment scored = MonthlyAssessmentCalculator.score(POLICY, AUGUST, facts);

        IndicatorLine funds = scored.indicators().get(0);
        assertThat(scored.indicators()).singleElement().extracting(IndicatorLine::kind).isEqualTo(IndicatorKind.FUNDS);
        assertThat(List.of(funds.due(), funds.actual(), (long) funds.points())).containsExactly(600_000L, 450_000L, 7500L);
        assertThat(scored.result().shortfall()).isEqualTo(2500); // 150,000 of 600,000 due
    }

    @Test
    void shouldScoreTheHousingBureauOnTheCompletionsItAccepted() {
        List<FactRef> completions = new ArrayList<>(List.of(fact("c-1", "HOUSING_BUREAU", 1), fact("c-2", "HOUSING_BUREAU", 1),
                fact("c-3", "HOUSING_BUREAU", 1)));
        completions.add(fact("c-4", "ADMINISTRATOR", 1)); // not the bureau's own act
        UnitFacts facts = facts(HOUSING, new PlanTargets(0, 5, 0, 0, new Area(0), Money.ofFen(0)), List.of(), completions, List.of());
        UnitAssessment scored = MonthlyAssessmentCalculator.score(POLICY, AUGUST, facts);

        IndicatorLine line = scored.indicators().get(0);
        assertThat(line.kind()).isEqualTo(IndicatorKind.COMPLETIONS);
        assertThat(List.of(line.due(), line.actual(), (long) line.points())).containsExactly(3L, 3L, 10_000L);
    }

    @Test
    void shouldGiveTheWeightOfAZeroTarget_toTheOtherIndicatorsInProportion() {
        Map<IndicatorKind, Integer> weights = POLICY.weightsFor(new ResponsibleUnit("510903", UnitKind.COUNTY, COUNTY));
        Map<IndicatorKind, Long> targets = new EnumMap<>(Map.of(IndicatorKind.STARTS, 10L, IndicatorKind.COMPLETIONS, 10L,
                IndicatorKind.HOUSEHOLDS, 100L, IndicatorKind.FUNDS, 0L));
        // 35 : 25 : 15 over 75 = 46.67, 33.33, 20.00; the hundredth left goes to the largest remainder
        assertThat(POLICY.effectiveWeights(weights, targets)).containsExactlyEntriesOf(new EnumMap<>(Map.of(
                IndicatorKind.STARTS, 4667, IndicatorKind.COMPLETIONS, 3333, IndicatorKind.HOUSEHOLDS, 2000, IndicatorKind.FUNDS, 0)));
    }

    @Test
    void shouldNotGiveFullMarksForATargetOfZero() {
        UnitFacts noHouseholdTarget = facts(OFFICE, new PlanTargets(10, 0, 0, 0, new Area(0), Money.ofFen(0)),
                starts(3, 60, "IMPLEMENTING_ENTITY"), List.of(), List.of());
        UnitAssessment scored = MonthlyAssessmentCalculator.score(POLICY, AUGUST, noHouseholdTarget);
        // starts 3 of 6 due, at weight 100; households and satisfaction (nobody surveyed) have no target
        assertThat(scored.indicators()).extracting(IndicatorLine::points).containsExactly(5000, 0, 0);
        UnitFacts nothingPlanned = facts(OFFICE, new PlanTargets(0, 0, 0, 0, new Area(0), Money.ofFen(0)), List.of(), List.of(),
                List.of());
        assertThat(MonthlyAssessmentCalculator.score(POLICY, AUGUST, nothingPlanned).indicatorPoints()).isZero();
        assertThat(MonthlyAssessmentCalculator.score(AssessmentPolicy.ASSESSMENT_2026_1, AUGUST, nothingPlanned).indicatorPoints())
                .isEqualTo(10_000); // the first release's rule
    }

    @Test
    void shouldMarkLagging_onlyMoreThanTenPercentBehindItsOwnSchedule() {
        assertThat(AssessmentPolicy.shortfall(90, 100)).isEqualTo(1000);
        assertThat(AssessmentPolicy.shortfall(2999, 3333)).isEqualTo(1003); // 10.0210 %, rounded up
        List<UnitResult> results = POLICY.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9000, 1000),
                new AssessmentPolicy.UnitScore(office(2), 9900, 1001), new AssessmentPolicy.UnitScore(office(3), 5000, 0)));
        assertThat(results).extracting(r -> r.unit().id()).containsExactly("510903002", "510903001", "510903003");
        assertThat(results).extracting(UnitResult::lagging).containsExactly(true, false, false);
    }

    @Test
    void shouldCapNoGrade() {
        List<AssessmentPolicy.UnitScore> scores = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            scores.add(new AssessmentPolicy.UnitScore(office(i), 9900, 0));
        }
        assertThat(POLICY.rank(scores)).extracting(UnitResult::grade).containsOnly(Grade.EXCELLENT);
    }

    @Test
    void shouldAddOnePointPerTargetMetEarly_upToThree_andNoneFromTheDeadline() {
        ResponsibleUnit county = new ResponsibleUnit("510903", UnitKind.COUNTY, COUNTY);
        UnitFacts allMet = facts(county, new PlanTargets(2, 1, 0, 120, new Area(0), Money.ofFen(100)),
                starts(2, 60, "IMPLEMENTING_ENTITY"), List.of(fact("c-1", "HOUSING_BUREAU", 1)), List.of(fact("p-1", "FINANCE_BUREAU", 100)));
        UnitAssessment august = MonthlyAssessmentCalculator.score(POLICY, AUGUST, allMet);
        assertThat(august.bonuses()).hasSize(4);
        assertThat(august.bonusPoints()).isEqualTo(300);
        assertThat(august.result().scoreHundredths()).isEqualTo(10_300);
        UnitAssessment december = MonthlyAssessmentCalculator.score(POLICY, YearMonth.of(2020, 12), allMet);
        assertThat(december.bonuses()).isEmpty();
    }

    @Test
    void shouldApplyACountysCheckpointsAndBottomN_whenItChoosesThem() {
        AssessmentPolicy chosen = new AssessmentPolicy("county-choice", POLICY.answersFor(), true,
                AssessmentPolicy.ZeroTarget.REWEIGHTED, 100, 50, 9500, 8500, 7500, null, AssessmentPolicy.Lagging.bottom(1),
                AssessmentPolicy.Rewards.NONE, 5, new CheckpointSchedule("county-checkpoints",
                List.of(new CheckpointSchedule.Checkpoint(90, 40), new CheckpointSchedule.Checkpoint(180, 70))));
        assertThat(chosen.schedule().duePercent(START, DEADLINE, LocalDate.of(2020, 8, 31))).isEqualTo(70); // day 183
        List<UnitResult> results = chosen.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9900, 5000),
                new AssessmentPolicy.UnitScore(office(2), 9800, 0)));
        assertThat(results).extracting(UnitResult::lagging).containsExactly(false, true);
        assertThat(results).extracting(UnitResult::shortfall).containsOnly((Integer) null);
    }

    @Test
    void shouldScoreTheStartedCompoundsBuildingsAndFloorArea_whenAPolicyWeightsThem() {
        AssessmentPolicy seedTargets = new AssessmentPolicy("seed-targets", Map.of("STREET_OFFICE", Map.of(IndicatorKind.STARTS, 4000,
                IndicatorKind.BUILDINGS, 3000, IndicatorKind.FLOOR_AREA, 3000)), true, AssessmentPolicy.ZeroTarget.REWEIGHTED, 100, 50,
                9500, 8500, 7500, null, AssessmentPolicy.Lagging.behindSchedule(10), AssessmentPolicy.Rewards.NONE, 5,
                CheckpointSchedule.TIME_PROPORTIONAL);
        List<FactRef> starts = starts(6, 60, "IMPLEMENTING_ENTITY");
        List<FactRef> buildings = starts.stream().map(f -> withValue(f, 2)).toList();
        List<FactRef> area = starts.stream().map(f -> withValue(f, 4_500)).toList();
        UnitFacts facts = new UnitFacts(OFFICE, new PlanTargets(10, 0, 20, 600, Area.ofSquareMetres("50000.00"), Money.ofFen(0)),
                START, DEADLINE, starts.get(0), starts, List.of(), List.of(), ReportTimeliness.ON_TIME, LocalDate.of(2020, 9, 5), null,
                buildings, area, null);
        UnitAssessment scored = MonthlyAssessmentCalculator.score(seedTargets, AUGUST, facts);

        assertThat(scored.indicators()).extracting(IndicatorLine::kind)
                .containsExactly(IndicatorKind.STARTS, IndicatorKind.BUILDINGS, IndicatorKind.FLOOR_AREA);
        IndicatorLine floorArea = scored.indicators().get(2);
        // 60% of 50,000 m² is due: 30,000; 6 compounds of 4,500 m² make 27,000 (3000 × 27,000 / 30,000 = 2700)
        assertThat(List.of(floorArea.target(), floorArea.due(), floorArea.actual(), (long) floorArea.points()))
                .containsExactly(50_000L, 30_000L, 27_000L, 2700L);
        IndicatorLine buildingLine = scored.indicators().get(1);
        assertThat(List.of(buildingLine.due(), buildingLine.actual(), (long) buildingLine.points())).containsExactly(12L, 12L, 3000L);
        assertThat(scored.result().shortfall()).isEqualTo(1000); // 3,000 of 30,000 m²: exactly the margin, not lagging
    }

    @Test
    void shouldFlagAReportClaimingMoreThanTheRecordBeyondTheTolerance() {
        UnitFacts recorded = facts(OFFICE, new PlanTargets(10, 10, 20, 600, new Area(0), Money.ofFen(0)),
                starts(20, 60, "IMPLEMENTING_ENTITY"), List.of(), List.of(fact("pay-1", "FINANCE_BUREAU", 1_000_000)));
        // 21 starts claimed of 20 recorded (5% over: within), 1,300 households of 1,200 (8.3% over: flagged),
        // 1 completion of none (any claim above a record of 0), 9,000 yuan of 10,000 (less is not 虚报)
        UnitFacts withReport = new UnitFacts(recorded.unit(), recorded.targets(), START, DEADLINE, recorded.plan(), recorded.starts(),
                recorded.completions(), recorded.funds(), ReportTimeliness.ON_TIME, recorded.reportDueOn(), recorded.reportFact(),
                List.of(), List.of(), new MonthlyFigures(21, 1, 1300, Money.ofFen(900_000), null));
        UnitAssessment scored = MonthlyAssessmentCalculator.score(POLICY, AUGUST, withReport);

        assertThat(scored.reportCheck()).extracting(ReportCheckLine::kind)
                .containsExactly(IndicatorKind.STARTS, IndicatorKind.COMPLETIONS, IndicatorKind.HOUSEHOLDS, IndicatorKind.FUNDS);
        assertThat(scored.reportCheck()).extracting(ReportCheckLine::recorded).containsExactly(20L, 0L, 1200L, 1_000_000L);
        assertThat(scored.reportCheck()).extracting(ReportCheckLine::overReported).containsExactly(false, true, true, false);
        assertThat(MonthlyAssessmentCalculator.score(POLICY, AUGUST, recorded).reportCheck()).isEmpty(); // no report, nothing to check
        assertThat(scored.result().scoreHundredths())
                .isEqualTo(MonthlyAssessmentCalculator.score(POLICY, AUGUST, recorded).result().scoreHundredths()); // a flag, not a score
    }

    @Test
    void shouldScoreSatisfactionAsTheShareSatisfied_overTheLatestSurveyOfEachCompletedCompound() {
        UnitFacts base = facts(OFFICE, new PlanTargets(10, 0, 20, 600, new Area(0), Money.ofFen(0)), starts(6, 60, "IMPLEMENTING_ENTITY"),
                List.of(), List.of());
        // two compounds surveyed: 40 of 50 and 45 of 50 residents satisfied, 85 of 100
        List<FactRef> surveyed = List.of(fact("survey-a", "STREET_OFFICE", 50), fact("survey-b", "STREET_OFFICE", 50));
        List<FactRef> satisfied = List.of(fact("survey-a", "STREET_OFFICE", 40), fact("survey-b", "STREET_OFFICE", 45));
        UnitFacts withSurveys = new UnitFacts(base.unit(), base.targets(), START, DEADLINE, base.plan(), base.starts(), List.of(),
                List.of(), ReportTimeliness.ON_TIME, base.reportDueOn(), base.reportFact(), List.of(), List.of(), null, surveyed, satisfied);
        UnitAssessment scored = MonthlyAssessmentCalculator.score(POLICY, AUGUST, withSurveys);

        IndicatorLine satisfaction = scored.indicators().get(2);
        assertThat(satisfaction.kind()).isEqualTo(IndicatorKind.SATISFACTION);
        assertThat(List.of((long) satisfaction.weight(), satisfaction.due(), satisfaction.actual(), (long) satisfaction.points()))
                .containsExactly(1000L, 100L, 85L, 850L);
        assertThat(scored.indicatorPoints()).isEqualTo(5400 + 3600 + 850);
        assertThat(scored.result().shortfall()).isZero(); // a rate, not a schedule: 15% unsatisfied is not lagging
        assertThat(scored.bonuses()).isEmpty();
    }

    private static FactRef withValue(FactRef fact, long value) {
        return new FactRef(fact.eventId(), fact.eventType(), fact.recordedAt(), fact.actorId(), fact.actorRole(), fact.subject(),
                fact.effectiveOn(), value);
    }

    private static UnitFacts facts(ResponsibleUnit unit, PlanTargets targets, List<FactRef> starts, List<FactRef> completions,
                                   List<FactRef> funds) {
        FactRef plan = new FactRef("plan", "AnnualPlanSet", Instant.EPOCH, "hb", "HOUSING_BUREAU", "plan", START, 0);
        return new UnitFacts(unit, targets, START, DEADLINE, plan, starts, completions, funds, ReportTimeliness.ON_TIME,
                LocalDate.of(2020, 9, 5), plan);
    }

    private static List<FactRef> starts(int count, long households, String role) {
        List<FactRef> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(new FactRef("s-" + i, "MilestoneReached", Instant.EPOCH, "builder", role, "c-" + i, START.plusDays(30),
                    households));
        }
        return starts;
    }

    private static FactRef fact(String id, String role, long value) {
        return new FactRef(id, "Fact", Instant.EPOCH, "actor", role, id, START.plusDays(60), value);
    }

    private static ResponsibleUnit office(int n) {
        return ResponsibleUnit.streetOffice(JurisdictionCode.of(String.format("510903%03d", n)));
    }
}
