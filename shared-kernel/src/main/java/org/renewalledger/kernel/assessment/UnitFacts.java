package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the events say about one unit for one month, the input of {@link MonthlyAssessmentCalculator}: its plan
 * in force, the starts and completions of its compounds dated up to the month's end (a start's value is the
 * compound's households), the money disbursed to its projects by then (signed fen: reversals and clawbacks
 * are negative), and where its monthly report stands; the same start events valued at their compound's buildings
 * and floor area (whole square metres), for policies that score those targets; and the figures of the unit's
 * latest submission for the month ({@code reported}, null without one), which are checked against the record;
 * and the latest satisfaction survey of each of its completed compounds, valued at its respondents
 * ({@code surveyed}) and at its satisfied residents ({@code satisfied}); and the compounds its annual plan names in
 * batches ({@code planCompounds}, with the listing's event; empty and null without a list).
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
        FactRef reportFact,
        List<FactRef> startedBuildings,
        List<FactRef> startedArea,
        MonthlyFigures reported,
        List<FactRef> surveyed,
        List<FactRef> satisfied,
        List<PlannedCompound> planCompounds,
        FactRef planCompoundsFact) {

    public UnitFacts {
        starts = List.copyOf(starts);
        completions = List.copyOf(completions);
        funds = List.copyOf(funds);
        startedBuildings = startedBuildings == null ? List.of() : List.copyOf(startedBuildings);
        startedArea = startedArea == null ? List.of() : List.copyOf(startedArea);
        surveyed = surveyed == null ? List.of() : List.copyOf(surveyed);
        satisfied = satisfied == null ? List.of() : List.copyOf(satisfied);
        planCompounds = planCompounds == null ? List.of() : List.copyOf(planCompounds);
    }

    /** Without the plan's named compounds (a plan that lists none). */
    public UnitFacts(ResponsibleUnit unit, PlanTargets targets, LocalDate startsOn, LocalDate deadline, FactRef plan,
                     List<FactRef> starts, List<FactRef> completions, List<FactRef> funds, ReportTimeliness report,
                     LocalDate reportDueOn, FactRef reportFact, List<FactRef> startedBuildings, List<FactRef> startedArea,
                     MonthlyFigures reported, List<FactRef> surveyed, List<FactRef> satisfied) {
        this(unit, targets, startsOn, deadline, plan, starts, completions, funds, report, reportDueOn, reportFact, startedBuildings,
                startedArea, reported, surveyed, satisfied, List.of(), null);
    }

    /** These facts with the plan's named compounds, listed by {@code listing}. */
    public UnitFacts withPlanCompounds(List<PlannedCompound> compounds, FactRef listing) {
        return new UnitFacts(unit, targets, startsOn, deadline, plan, starts, completions, funds, report, reportDueOn, reportFact,
                startedBuildings, startedArea, reported, surveyed, satisfied, compounds, listing);
    }

    /** Without satisfaction surveys. */
    public UnitFacts(ResponsibleUnit unit, PlanTargets targets, LocalDate startsOn, LocalDate deadline, FactRef plan,
                     List<FactRef> starts, List<FactRef> completions, List<FactRef> funds, ReportTimeliness report,
                     LocalDate reportDueOn, FactRef reportFact, List<FactRef> startedBuildings, List<FactRef> startedArea,
                     MonthlyFigures reported) {
        this(unit, targets, startsOn, deadline, plan, starts, completions, funds, report, reportDueOn, reportFact, startedBuildings,
                startedArea, reported, List.of(), List.of(), List.of(), null);
    }

    /** Without the started compounds' buildings and floor area (a policy that does not score them). */
    public UnitFacts(ResponsibleUnit unit, PlanTargets targets, LocalDate startsOn, LocalDate deadline, FactRef plan,
                     List<FactRef> starts, List<FactRef> completions, List<FactRef> funds, ReportTimeliness report,
                     LocalDate reportDueOn, FactRef reportFact) {
        this(unit, targets, startsOn, deadline, plan, starts, completions, funds, report, reportDueOn, reportFact, List.of(),
                List.of(), null, List.of(), List.of(), List.of(), null);
    }
}
