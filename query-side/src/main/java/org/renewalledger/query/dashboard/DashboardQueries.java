package org.renewalledger.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.dashboard.DashboardView;
import org.renewalledger.kernel.dashboard.FindDashboardQuery;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts a dashboard together from its tables (R2DBC, non-blocking). */
@Component
class DashboardQueries {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DashboardStore store;

    DashboardQueries(DashboardStore store) {
        this.store = store;
    }

    Mono<DashboardView> dashboard(FindDashboardQuery query) {
        String prefix = query.within().prefix();
        String ranked = rankingJurisdiction(query.within());
        return Mono.zip(store.figures(prefix, query.year()), store.targets(prefix, query.year()), store.latestRankings(ranked),
                        store.openCases(ranked))
                .flatMap(all -> {
                    List<Map<String, Object>> rankings = all.getT3();
                    String latestMonth = rankings.isEmpty() ? null : (String) rankings.get(0).get("month");
                    Mono<Map<String, String>> proposals = latestMonth == null ? Mono.just(Map.of())
                            : store.standingProposals(ranked, latestMonth);
                    return proposals.map(p -> assemble(query, ranked, all.getT1(), all.getT2(), rankings, latestMonth, all.getT4(), p));
                });
    }

    private DashboardView assemble(FindDashboardQuery query, String ranked, List<Map<String, Object>> figures,
                                   List<Map<String, Object>> targets, List<Map<String, Object>> rankings, String latestMonth,
                                   Map<String, List<String>> openCases, Map<String, String> proposals) {
        Map<String, Map<String, Object>> figuresByUnit = new LinkedHashMap<>();
        figures.forEach(row -> figuresByUnit.put((String) row.get("unit_id"), row));
        Map<String, Map<String, Object>> targetsByUnit = new LinkedHashMap<>();
        targets.forEach(row -> targetsByUnit.put((String) row.get("unit_id"), row));

        List<DashboardView.Progress> units = new ArrayList<>();
        long[] sum = new long[9];
        for (String unit : new TreeSet<>(union(figuresByUnit.keySet(), targetsByUnit.keySet()))) {
            Map<String, Object> f = figuresByUnit.getOrDefault(unit, Map.of());
            long[] values = {num(f, "registered"), num(f, "started"), num(f, "completed"), num(f, "households"), num(f, "buildings"),
                    num(f, "area"), num(f, "allocated"), num(f, "disbursed")};
            for (int i = 0; i < values.length; i++) {
                sum[i] += values[i];
            }
            units.add(progress(unit, values, targets(targetsByUnit.get(unit))));
        }
        DashboardView.Targets totalTargets = totalTargets(query.within(), targetsByUnit);
        DashboardView.Progress total = progress(query.within().value(), java.util.Arrays.copyOf(sum, 8), totalTargets);

        List<DashboardView.Line> latest = new ArrayList<>();
        Map<String, Map<String, Object>> previous = new LinkedHashMap<>();
        int issue = 0;
        for (Map<String, Object> row : rankings) {
            if (row.get("month").equals(latestMonth)) {
                issue = Math.max(issue, ((Number) row.get("issue")).intValue());
                latest.add(new DashboardView.Line((String) row.get("unit_id"), (String) row.get("unit_kind"), score(row),
                        (String) row.get("grade"), ((Number) row.get("rank")).intValue(), (Boolean) row.get("lagging")));
            } else {
                previous.put((String) row.get("unit_id"), row);
            }
        }
        DashboardView.Ranking ranking = latestMonth == null ? null : new DashboardView.Ranking(ranked, latestMonth, issue, latest);
        List<DashboardView.LaggingUnit> lagging = latest.stream().filter(DashboardView.Line::lagging)
                .map(line -> new DashboardView.LaggingUnit(line.unitId(), line.rank(), line.score(),
                        openCases.getOrDefault(line.unitId(), List.of()), proposals.get(line.unitId())))
                .toList();
        List<DashboardView.Trend> trend = latest.stream().map(line -> {
            Map<String, Object> before = previous.get(line.unitId());
            BigDecimal previousScore = before == null ? null : score(before);
            return new DashboardView.Trend(line.unitId(), latestMonth, line.score(), previousScore,
                    previousScore == null ? null : line.score().subtract(previousScore), line.rank(),
                    before == null ? null : ((Number) before.get("rank")).intValue());
        }).toList();
        return new DashboardView(query.within().value(), query.year(), total, units, ranking, lagging, trend);
    }

    /** A county's own plan when it has one, otherwise the sum of its street offices' plans (departments excluded: no double count). */
    private static DashboardView.Targets totalTargets(JurisdictionCode within, Map<String, Map<String, Object>> targetsByUnit) {
        Map<String, Object> own = targetsByUnit.get(within.value());
        if (own != null) {
            return targets(own);
        }
        long[] t = new long[6];
        boolean any = false;
        for (Map<String, Object> row : targetsByUnit.values()) {
            if (!"STREET_OFFICE".equals(row.get("unit_kind"))) {
                continue;
            }
            any = true;
            t[0] += num(row, "compounds_to_start");
            t[1] += num(row, "compounds_to_complete");
            t[2] += num(row, "buildings");
            t[3] += num(row, "households");
            t[4] += num(row, "floor_area_cm2");
            t[5] += num(row, "funds_fen");
        }
        return any ? new DashboardView.Targets((int) t[0], (int) t[1], (int) t[2], (int) t[3], area(t[4]), yuan(t[5])) : null;
    }

    private static DashboardView.Targets targets(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        return new DashboardView.Targets((int) num(row, "compounds_to_start"), (int) num(row, "compounds_to_complete"),
                (int) num(row, "buildings"), (int) num(row, "households"), area(num(row, "floor_area_cm2")), yuan(num(row, "funds_fen")));
    }

    private static DashboardView.Progress progress(String unit, long[] v, DashboardView.Targets t) {
        return new DashboardView.Progress(unit, (int) v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], area(v[5]), yuan(v[6]),
                yuan(v[7]), percent(v[7], v[6]), t,
                t == null ? null : percent(v[1], t.compoundsToStart()),
                t == null ? null : percent(v[2], t.compoundsToComplete()),
                t == null ? null : percent(v[3], t.households()),
                t == null ? null : percent(v[5], t.floorArea().movePointRight(4).longValueExact()),
                t == null ? null : percent(v[7], t.fundsToSpend().movePointRight(2).longValueExact()));
    }

    /** The ranking a dashboard shows: its own when it is a city or county, its county's for a street office. */
    private static String rankingJurisdiction(JurisdictionCode within) {
        return within.value().length() > 6 ? within.value().substring(0, 6) : within.value();
    }

    /** part ÷ whole in percent, one decimal, half up; null when the whole is zero. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal score(Map<String, Object> row) {
        return BigDecimal.valueOf(((Number) row.get("score_hundredths")).longValue(), 2);
    }

    private static BigDecimal area(long cm2) {
        return BigDecimal.valueOf(cm2, 4).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static long num(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.Set<T> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
