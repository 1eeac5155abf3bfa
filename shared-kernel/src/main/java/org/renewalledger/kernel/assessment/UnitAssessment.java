package org.renewalledger.kernel.assessment;

import java.util.List;

/**
 * A unit's month, explained: its line of the ranking, the points of each indicator and each deduction (all in
 * hundredths; score = max(0, indicator points − deductions)), the plan they were measured against, and where
 * its monthly report stands (with the report's first submission, when there is one).
 */
public record UnitAssessment(UnitResult result, int indicatorPoints, int deductionPoints, List<IndicatorLine> indicators,
                             List<DeductionLine> deductions, FactRef plan, ReportTimeliness report, FactRef reportFact) {
}
