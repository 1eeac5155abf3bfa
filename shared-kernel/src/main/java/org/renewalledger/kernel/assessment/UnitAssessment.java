package org.renewalledger.kernel.assessment;

import java.util.List;

/**
 * A unit's month, explained: its line of the ranking, the points of each indicator, each bonus and each deduction
 * (all in hundredths; score = max(0, indicator points + bonus points − deductions)), the plan they were measured
 * against, where its monthly report stands (with the report's first submission, when there is one), and its
 * report's figures set against the record (虚报 check; empty without a report), the compounds its annual plan names
 * with whether each was started by the plan's deadline (empty without a list), and its multi-year programme's
 * progress to the month's end (null without a programme).
 */
public record UnitAssessment(UnitResult result, int indicatorPoints, int deductionPoints, List<IndicatorLine> indicators,
                             List<DeductionLine> deductions, FactRef plan, ReportTimeliness report, FactRef reportFact,
                             int bonusPoints, List<BonusLine> bonuses, List<ReportCheckLine> reportCheck,
                             List<PlanCompoundLine> planCompounds, ProgrammeProgress programme) {

    public UnitAssessment {
        reportCheck = reportCheck == null ? List.of() : List.copyOf(reportCheck);
        planCompounds = planCompounds == null ? List.of() : List.copyOf(planCompounds);
    }

    /** Without named plan compounds or a programme. */
    public UnitAssessment(UnitResult result, int indicatorPoints, int deductionPoints, List<IndicatorLine> indicators,
                          List<DeductionLine> deductions, FactRef plan, ReportTimeliness report, FactRef reportFact,
                          int bonusPoints, List<BonusLine> bonuses, List<ReportCheckLine> reportCheck) {
        this(result, indicatorPoints, deductionPoints, indicators, deductions, plan, report, reportFact, bonusPoints, bonuses,
                reportCheck, List.of(), null);
    }

    /** This month with the unit's programme progress beside it (to the month's end). */
    public UnitAssessment withProgramme(ProgrammeProgress progress) {
        return new UnitAssessment(result, indicatorPoints, deductionPoints, indicators, deductions, plan, report, reportFact,
                bonusPoints, bonuses, reportCheck, planCompounds, progress);
    }

    /** Without bonuses (a policy that adds none). */
    public UnitAssessment(UnitResult result, int indicatorPoints, int deductionPoints, List<IndicatorLine> indicators,
                          List<DeductionLine> deductions, FactRef plan, ReportTimeliness report, FactRef reportFact) {
        this(result, indicatorPoints, deductionPoints, indicators, deductions, plan, report, reportFact, 0, List.of(), List.of());
    }
}
