package org.renewalledger.query.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.renewalledger.kernel.assessment.WeeklyDispatchView;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The weekly dispatch (周调度) from the assessment's facts: starts and completions by their own date, money by the
 * Beijing date it was recorded, counted per street office (a compound's) and for the county. The open review
 * cases are added by the controller from the review read model.
 */
@Component
class WeeklyDispatchReadModel {

    private final AssessmentFactStore store;

    WeeklyDispatchReadModel(AssessmentFactStore store) {
        this.store = store;
    }

    Mono<WeeklyDispatchView> week(JurisdictionCode county, LocalDate weekStarting) {
        return store.factsWithin(county).map(facts -> view(county, weekStarting, facts));
    }

    private static WeeklyDispatchView view(JurisdictionCode county, LocalDate weekStarting, List<FactRow> facts) {
        LocalDate weekEnding = weekStarting.plusDays(6);
        LocalDate yearStart = LocalDate.of(weekEnding.getYear(), 1, 1);
        Predicate<FactRow> inWeek = f -> f.effectiveOn() != null && !f.effectiveOn().isBefore(weekStarting)
                && !f.effectiveOn().isAfter(weekEnding);
        Predicate<FactRow> inYear = f -> f.effectiveOn() != null && !f.effectiveOn().isBefore(yearStart)
                && !f.effectiveOn().isAfter(weekEnding);
        Map<String, long[]> byOffice = new TreeMap<>();
        long[] total = new long[6];
        for (FactRow fact : facts) {
            int column = switch (fact.factKind()) {
                case FactRow.STARTED -> 0;
                case FactRow.COMPLETED -> 1;
                case FactRow.FUNDS -> 2;
                default -> -1;
            };
            if (column < 0 || !inYear.test(fact)) {
                continue;
            }
            long value = column == 2 ? fact.amount() : 1;
            long[] office = fact.scopeCode().length() == 9 ? byOffice.computeIfAbsent(fact.scopeCode(), k -> new long[6]) : null;
            for (long[] line : office == null ? List.of(total) : List.of(total, office)) {
                line[column + 3] += value;
                if (inWeek.test(fact)) {
                    line[column] += value;
                }
            }
        }
        List<WeeklyDispatchView.Line> lines = byOffice.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();
        return new WeeklyDispatchView(county.value(), weekStarting, weekEnding, lines, line(county.value(), total));
    }

    private static WeeklyDispatchView.Line line(String unitId, long[] figures) {
        return new WeeklyDispatchView.Line(unitId, (int) figures[0], (int) figures[1], figures[2], (int) figures[3],
                (int) figures[4], figures[5], 0);
    }
}
