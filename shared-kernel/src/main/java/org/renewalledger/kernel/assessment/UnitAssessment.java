package org.renewalledger.kernel.assessment;

import java.util.List;

/**
 * A unit's month, explained: its line of the ranking, the points of each indicator, each bonus and each deduction
 * (all in hundredths; score = max(0, indicator points + bonus points − deductions)), the plan they were measured
 * against, where its monthly report stands (with the report's first submission, when there is one), and its
 * report's figures set against the record (虚报 check; empty without a report).
 */
public record UnitAssessment(UnitResult result, int indicatorPoints, int deductionPoints, List<IndicatorLine> indicators,
                             List<DeductionLine> deductions, FactRef plan, ReportTimeliness report, FactRef reportFact,
                             int bonusPoints, List<BonusLine> bonuses, List<ReportCheckLine> reportCheck) {

    public UnitAssessment {
        reportCheck = reportCheck == null ? List.of() : List.copyOf(reportCheck);
    }

    /** Without bonuses (a policy that adds none). */
    public UnitAssessment(UnitResult result, int indicatorPoints, int deductionPoints, List<IndicatorLine> indicators,
                          List<DeductionLine> deductions, FactRef plan, ReportTimeliness report, FactRef reportFact) {
        this(result, indicatorPoints, deductionPoints, indicators, deductions, plan, report, reportFact, 0, List.of(), List.of());
    }
}
