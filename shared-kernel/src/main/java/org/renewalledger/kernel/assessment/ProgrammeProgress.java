package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A unit's multi-year programme measured against the start events, as of a day: year by year (the starts dated in
 * that year, up to the day) and in total (the starts dated within the programme's years). A compound counts with
 * the buildings, households and floor area its registration recorded. Plain Java: the query side reads it for the
 * progress endpoint and beside each month's assessment of the unit.
 */
public record ProgrammeProgress(String programmeId, ResponsibleUnit unit, FactRef programme, LocalDate asOf,
                                List<ProgrammeYear> plan, List<ProgrammeYearProgress> years, ProgrammeYearProgress total) {

    public ProgrammeProgress {
        plan = List.copyOf(plan);
        years = List.copyOf(years);
    }

    /** The programme's year, or null when the programme does not run that year. */
    public ProgrammeYear yearOf(int year) {
        return plan.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /**
     * Measures the programme: {@code starts}, {@code startedBuildings} and {@code startedArea} are the unit's start
     * events valued at their compound's households, buildings and whole square metres (as {@link UnitFacts} holds them).
     */
    public static ProgrammeProgress measure(String programmeId, ResponsibleUnit unit, FactRef programme, List<ProgrammeYear> plan,
                                            List<FactRef> starts, List<FactRef> startedBuildings, List<FactRef> startedArea,
                                            LocalDate asOf) {
        List<ProgrammeYearProgress> years = new ArrayList<>();
        for (ProgrammeYear year : plan) {
            Predicate<FactRef> inYear = f -> f.effectiveOn() != null && f.effectiveOn().getYear() == year.year()
                    && !f.effectiveOn().isAfter(asOf);
            years.add(progress(year.year(), year.compounds(), year.buildings(), year.households(),
                    year.floorArea().squareCentimetres() / 10_000, starts, startedBuildings, startedArea, inYear));
        }
        int first = plan.get(0).year();
        int last = plan.get(plan.size() - 1).year();
        Predicate<FactRef> inProgramme = f -> f.effectiveOn() != null && f.effectiveOn().getYear() >= first
                && f.effectiveOn().getYear() <= last && !f.effectiveOn().isAfter(asOf);
        ProgrammeYearProgress total = progress(null, plan.stream().mapToLong(ProgrammeYear::compounds).sum(),
                plan.stream().mapToLong(ProgrammeYear::buildings).sum(), plan.stream().mapToLong(ProgrammeYear::households).sum(),
                plan.stream().mapToLong(y -> y.floorArea().squareCentimetres()).sum() / 10_000, starts, startedBuildings,
                startedArea, inProgramme);
        return new ProgrammeProgress(programmeId, unit, programme, asOf, plan, years, total);
    }

    private static ProgrammeYearProgress progress(Integer year, long compounds, long buildings, long households, long squareMetres,
                                                  List<FactRef> starts, List<FactRef> startedBuildings, List<FactRef> startedArea,
                                                  Predicate<FactRef> counted) {
        List<FactRef> started = starts.stream().filter(counted).toList();
        return new ProgrammeYearProgress(year, List.of(
                ProgrammeTargetLine.of(IndicatorKind.STARTS, compounds, started.size()),
                ProgrammeTargetLine.of(IndicatorKind.BUILDINGS, buildings, sum(startedBuildings, counted)),
                ProgrammeTargetLine.of(IndicatorKind.HOUSEHOLDS, households, sum(started, f -> true)),
                ProgrammeTargetLine.of(IndicatorKind.FLOOR_AREA, squareMetres, sum(startedArea, counted))), started);
    }

    private static long sum(List<FactRef> facts, Predicate<FactRef> counted) {
        return facts.stream().filter(counted).mapToLong(FactRef::value).sum();
    }
}
