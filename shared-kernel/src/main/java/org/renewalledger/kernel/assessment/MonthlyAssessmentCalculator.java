package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monthly assessment as a pure function of the facts: the same facts under the same policy always give
 * the same assessment, which is what lets a replay reproduce it and a close re-check it. Progress is measured
 * as of the last day of the month against what the plan's schedule makes due by then, on the indicators the
 * unit answers for under the policy.
 */
public final class MonthlyAssessmentCalculator {

    /** The bonus item's name in exports: the whole year's target reached before the deadline. */
    public static final String MET_EARLY = "提前完成全年目标";

    /** The deduction item's name: implement-batch compounds of the plan not started by its deadline, each named after it. */
    public static final String PLAN_COMPOUNDS_NOT_STARTED = "计划实施小区逾期未开工";

    private MonthlyAssessmentCalculator() {
    }

    public static List<UnitAssessment> assess(AssessmentPolicy policy, YearMonth month, List<UnitFacts> units) {
        List<UnitAssessment> scored = units.stream().map(unit -> score(policy, month, unit)).toList();
        Map<String, UnitAssessment> byUnit = scored.stream()
                .collect(Collectors.toMap(u -> u.result().unit().id(), Function.identity()));
        List<AssessmentPolicy.UnitScore> scores = scored.stream()
                .map(u -> new AssessmentPolicy.UnitScore(u.result().unit(), u.result().scoreHundredths(), u.result().shortfall()))
                .toList();
        List<UnitAssessment> ranked = new ArrayList<>();
        for (UnitResult result : policy.rank(scores)) {
            UnitAssessment unit = byUnit.get(result.unit().id());
            ranked.add(new UnitAssessment(result, unit.indicatorPoints(), unit.deductionPoints(), unit.indicators(),
                    unit.deductions(), unit.plan(), unit.report(), unit.reportFact(), unit.bonusPoints(), unit.bonuses(),
                    unit.reportCheck(), unit.planCompounds(), unit.programme()));
        }
        return List.copyOf(ranked);
    }

    /** One unit's indicators, bonuses and deductions; grade, rank and lagging are set by the ranking afterwards. */
    static UnitAssessment score(AssessmentPolicy policy, YearMonth month, UnitFacts facts) {
        LocalDate monthEnd = month.atEndOfMonth();
        int duePercent = policy.schedule().duePercent(facts.startsOn(), facts.deadline(), monthEnd);
        UnitFacts own = ownActs(policy, facts);
        PlanTargets targets = facts.targets();
        Map<IndicatorKind, Long> targetOf = new EnumMap<>(IndicatorKind.class);
        targetOf.put(IndicatorKind.STARTS, (long) targets.compoundsToStart());
        targetOf.put(IndicatorKind.COMPLETIONS, (long) targets.compoundsToComplete());
        targetOf.put(IndicatorKind.HOUSEHOLDS, (long) targets.households());
        targetOf.put(IndicatorKind.FUNDS, targets.fundsToSpend().fen());
        targetOf.put(IndicatorKind.BUILDINGS, (long) targets.buildings());
        targetOf.put(IndicatorKind.FLOOR_AREA, targets.floorArea().squareCentimetres() / 10_000);
        // satisfaction has no plan target: the residents surveyed are what is asked, all of it due
        targetOf.put(IndicatorKind.SATISFACTION, sum(own.surveyed()));
        Map<IndicatorKind, Integer> weights = policy.effectiveWeights(policy.weightsFor(facts.unit()), targetOf);
        List<IndicatorLine> indicators = new ArrayList<>();
        int shortfall = 0;
        List<BonusLine> bonuses = new ArrayList<>();
        for (Map.Entry<IndicatorKind, Integer> entry : weights.entrySet()) {
            IndicatorKind kind = entry.getKey();
            long target = targetOf.get(kind);
            List<FactRef> behind = switch (kind) {
                case STARTS, HOUSEHOLDS -> own.starts();
                case COMPLETIONS -> own.completions();
                case FUNDS -> own.funds();
                case BUILDINGS -> own.startedBuildings();
                case FLOOR_AREA -> own.startedArea();
                case SATISFACTION -> own.satisfied();
            };
            long actual = kind == IndicatorKind.STARTS || kind == IndicatorKind.COMPLETIONS ? behind.size() : sum(behind);
            boolean scheduled = kind != IndicatorKind.SATISFACTION;
            int percent = scheduled ? duePercent : 100;
            long due = CheckpointSchedule.dueOf(target, percent);
            boolean scored = target > 0 || policy.zeroTarget() == AssessmentPolicy.ZeroTarget.FULL_MARKS;
            int points = scored ? AssessmentPolicy.indicatorPoints(entry.getValue(), actual, due) : 0;
            indicators.add(new IndicatorLine(kind, kind.label(), entry.getValue(), target, percent, due, actual, points, behind));
            // satisfaction is a rate, not a schedule: it neither lags nor is met early
            if (target > 0 && scheduled) {
                shortfall = Math.max(shortfall, AssessmentPolicy.shortfall(actual, due));
                if (policy.rewards().perIndicatorMetEarly() > 0 && actual >= target && monthEnd.isBefore(facts.deadline())) {
                    bonuses.add(new BonusLine(kind, MET_EARLY, policy.rewards().perIndicatorMetEarly()));
                }
            }
        }
        int points = indicators.stream().mapToInt(IndicatorLine::points).sum();
        int bonus = Math.min(policy.rewards().cap(), bonuses.stream().mapToInt(BonusLine::points).sum());
        List<DeductionLine> deductions = new ArrayList<>();
        int deducted = policy.deduction(facts.report());
        if (deducted > 0) {
            String item = facts.report() == ReportTimeliness.MISSING ? "月报未报送" : "月报迟报";
            List<FactRef> behind = facts.reportFact() == null ? List.of(facts.plan()) : List.of(facts.reportFact());
            deductions.add(new DeductionLine(item, facts.report(), facts.reportDueOn(), deducted, behind));
        }
        List<PlanCompoundLine> planned = planCompounds(facts, monthEnd);
        List<String> notStarted = planned.stream().filter(c -> c.status() == PlanCompoundLine.Status.NOT_STARTED)
                .map(PlanCompoundLine::compoundId).toList();
        if (policy.planCompounds() != null && !notStarted.isEmpty()) {
            int cost = Math.min(policy.planCompounds().cap(), policy.planCompounds().perCompoundNotStarted() * notStarted.size());
            if (cost > 0) {
                deductions.add(new DeductionLine(PLAN_COMPOUNDS_NOT_STARTED + "：" + String.join("、", notStarted), null,
                        facts.deadline(), cost, List.of(facts.planCompoundsFact())));
                deducted += cost;
            }
        }
        int score = Math.max(0, points + bonus - deducted);
        Integer measured = policy.lagging().rule() == AssessmentPolicy.LaggingRule.BEHIND_SCHEDULE ? shortfall : null;
        UnitResult provisional = new UnitResult(facts.unit(), score, policy.gradeByCutOff(score), 0, false, measured);
        return new UnitAssessment(provisional, points, deducted, List.copyOf(indicators), List.copyOf(deductions), facts.plan(),
                facts.report(), facts.reportFact(), bonus, List.copyOf(bonuses), reportCheck(policy, facts), planned, null);
    }

    /**
     * Each compound the plan names, with its start in the plan year up to the month's end (the compound's, whoever recorded
     * it); an implement (实施) compound not started once the month has reached the plan's deadline is NOT_STARTED.
     */
    static List<PlanCompoundLine> planCompounds(UnitFacts facts, LocalDate monthEnd) {
        Map<String, FactRef> started = new java.util.HashMap<>();
        facts.starts().forEach(f -> started.merge(f.subject(), f,
                (a, b) -> b.effectiveOn() != null && a.effectiveOn() != null && b.effectiveOn().isBefore(a.effectiveOn()) ? b : a));
        List<PlanCompoundLine> lines = new ArrayList<>();
        for (PlannedCompound compound : facts.planCompounds()) {
            String id = compound.compoundId().value();
            FactRef start = started.get(id);
            boolean due = compound.tier() == PlanTier.IMPLEMENT;
            PlanCompoundLine.Status status = start != null ? PlanCompoundLine.Status.STARTED
                    : due && !monthEnd.isBefore(facts.deadline()) ? PlanCompoundLine.Status.NOT_STARTED : PlanCompoundLine.Status.PENDING;
            lines.add(new PlanCompoundLine(id, compound.tier(), status, start == null ? null : start.effectiveOn(),
                    due ? facts.deadline() : null, start));
        }
        return List.copyOf(lines);
    }

    /** The report's figures against the record of the unit's area (all facts, not only its own acts), as of the month's end. */
    static List<ReportCheckLine> reportCheck(AssessmentPolicy policy, UnitFacts facts) {
        MonthlyFigures reported = facts.reported();
        if (reported == null) {
            return List.of();
        }
        return List.of(
                check(policy, IndicatorKind.STARTS, reported.compoundsStarted(), facts.starts().size()),
                check(policy, IndicatorKind.COMPLETIONS, reported.compoundsCompleted(), facts.completions().size()),
                check(policy, IndicatorKind.HOUSEHOLDS, reported.households(), sum(facts.starts())),
                check(policy, IndicatorKind.FUNDS, reported.fundsSpent().fen(), sum(facts.funds())));
    }

    private static ReportCheckLine check(AssessmentPolicy policy, IndicatorKind kind, long reported, long recorded) {
        return new ReportCheckLine(kind, kind.label(), reported, recorded, policy.overReported(reported, recorded));
    }

    /** Under a policy where departments answer for their own acts: only the facts the department's role recorded. */
    private static UnitFacts ownActs(AssessmentPolicy policy, UnitFacts facts) {
        String role = AssessmentPolicy.departmentRole(facts.unit());
        if (!policy.departmentsCountOwnActs() || role == null) {
            return facts;
        }
        return new UnitFacts(facts.unit(), facts.targets(), facts.startsOn(), facts.deadline(), facts.plan(),
                recordedBy(role, facts.starts()), recordedBy(role, facts.completions()), recordedBy(role, facts.funds()),
                facts.report(), facts.reportDueOn(), facts.reportFact(), recordedBy(role, facts.startedBuildings()),
                recordedBy(role, facts.startedArea()), facts.reported(), recordedBy(role, facts.surveyed()),
                recordedBy(role, facts.satisfied()));
    }

    private static List<FactRef> recordedBy(String role, List<FactRef> facts) {
        return facts.stream().filter(f -> Objects.equals(role, f.actorRole())).toList();
    }

    private static long sum(List<FactRef> facts) {
        return facts.stream().mapToLong(FactRef::value).sum();
    }
}
