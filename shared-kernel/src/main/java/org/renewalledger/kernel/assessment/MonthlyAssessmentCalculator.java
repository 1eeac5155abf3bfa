package org.renewalledger.kernel.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monthly assessment as a pure function of the facts: the same facts under the same policy always give
 * the same assessment, which is what lets a replay reproduce it and a close re-check it. Progress is measured
 * as of the last day of the month against what the plan's schedule makes due by then.
 */
public final class MonthlyAssessmentCalculator {

    private MonthlyAssessmentCalculator() {
    }

    public static List<UnitAssessment> assess(AssessmentPolicy policy, YearMonth month, List<UnitFacts> units) {
        List<UnitAssessment> scored = units.stream().map(unit -> score(policy, month, unit)).toList();
        Map<String, UnitAssessment> byUnit = scored.stream()
                .collect(Collectors.toMap(u -> u.result().unit().id(), Function.identity()));
        List<AssessmentPolicy.UnitScore> scores = scored.stream()
                .map(u -> new AssessmentPolicy.UnitScore(u.result().unit(), u.result().scoreHundredths()))
                .toList();
        List<UnitAssessment> ranked = new ArrayList<>();
        for (UnitResult result : policy.rank(scores)) {
            UnitAssessment unit = byUnit.get(result.unit().id());
            ranked.add(new UnitAssessment(result, unit.indicatorPoints(), unit.deductionPoints(), unit.indicators(),
                    unit.deductions(), unit.plan(), unit.report(), unit.reportFact()));
        }
        return List.copyOf(ranked);
    }

    /** One unit's indicators and deductions; grade, rank and lagging are set by the ranking afterwards. */
    static UnitAssessment score(AssessmentPolicy policy, YearMonth month, UnitFacts facts) {
        int duePercent = policy.schedule().duePercent(facts.startsOn(), facts.deadline(), month.atEndOfMonth());
        PlanTargets targets = facts.targets();
        List<IndicatorLine> indicators = List.of(
                line(policy, IndicatorKind.STARTS, targets.compoundsToStart(), duePercent, facts.starts().size(), facts.starts()),
                line(policy, IndicatorKind.COMPLETIONS, targets.compoundsToComplete(), duePercent, facts.completions().size(),
                        facts.completions()),
                line(policy, IndicatorKind.HOUSEHOLDS, targets.households(), duePercent, sum(facts.starts()), facts.starts()),
                line(policy, IndicatorKind.FUNDS, targets.fundsToSpend().fen(), duePercent, sum(facts.funds()), facts.funds()));
        int points = indicators.stream().mapToInt(IndicatorLine::points).sum();
        List<DeductionLine> deductions = new ArrayList<>();
        int deducted = policy.deduction(facts.report());
        if (deducted > 0) {
            String item = facts.report() == ReportTimeliness.MISSING ? "月报未报送" : "月报迟报";
            List<FactRef> behind = facts.reportFact() == null ? List.of(facts.plan()) : List.of(facts.reportFact());
            deductions.add(new DeductionLine(item, facts.report(), facts.reportDueOn(), deducted, behind));
        }
        int score = Math.max(0, points - deducted);
        UnitResult provisional = new UnitResult(facts.unit(), score, policy.gradeByCutOff(score), 0, false);
        return new UnitAssessment(provisional, points, deducted, indicators, List.copyOf(deductions), facts.plan(), facts.report(),
                facts.reportFact());
    }

    private static IndicatorLine line(AssessmentPolicy policy, IndicatorKind kind, long target, int duePercent, long actual,
                                      List<FactRef> facts) {
        long due = CheckpointSchedule.dueOf(target, duePercent);
        return new IndicatorLine(kind, kind.label(), policy.weight(kind), target, duePercent, due, actual,
                policy.indicatorPoints(kind, actual, due), facts);
    }

    private static long sum(List<FactRef> facts) {
        return facts.stream().mapToLong(FactRef::value).sum();
    }
}
