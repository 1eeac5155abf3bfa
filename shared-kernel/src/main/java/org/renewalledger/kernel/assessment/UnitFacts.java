package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the events say about one unit for one month, the input of {@link MonthlyAssessmentCalculator}: its plan
 * in force, the starts and completions of its compounds dated up to the month's end (a start's value is the
 * compound's households), the money disbursed to its projects by then (signed fen: reversals and clawbacks
 * are negative), and where its monthly report stands.
 */
public record UnitFacts(
        ResponsibleUnit unit,
        PlanTargets targets,
        LocalDate startsOn,
        LocalDate deadline,
        FactRef plan,
        List<FactRef> starts,
        List<FactRef> completions,
        List<FactRef> funds,
        ReportTimeliness report,
        LocalDate reportDueOn,
        FactRef reportFact) {

    public UnitFacts {
        starts = List.copyOf(starts);
        completions = List.copyOf(completions);
        funds = List.copyOf(funds);
    }
}
