package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicator system of the monthly assessment (考核指标体系), versioned: the indicators and their weights,
 * the item deductions, the grade cut-offs, the caps on the top grades, the number of lagging units, the
 * schedule checkpoints and the monthly report's due day. All points are hundredths (100 = 1 point).
 *
 * <p>It lives in the kernel as plain Java because two sides apply it: the query side computes the live
 * assessment with it, and the command side checks, when a month is closed or reissued, that the grades,
 * ranks and lagging marks it is asked to freeze are exactly what this policy gives for the scores
 * (docs/ASSESSMENT.md, "Closing a month").
 *
 * <p>Grading of one group of units (one assessing jurisdiction, one kind of unit):
 * <ol>
 *   <li>cut-offs: EXCELLENT above {@code excellentAbove} (strictly), GOOD from {@code goodFrom} up to and
 *       including {@code excellentAbove}, PASS from {@code passFrom}, FAIL below;</li>
 *   <li>caps: at most {@code floor(n × cap% / 100)} units EXCELLENT, then at most that many GOOD. The units
 *       over a cap are the lowest scores of the grade; each is demoted one grade (EXCELLENT → GOOD, and a
 *       GOOD over its cap → PASS). A cap never splits a tie: if the units tied at the cap's edge do not all
 *       fit, they are all demoted, so the cap is never exceeded and equal scores always get equal grades.
 *       A cap never demotes below PASS and never touches FAIL;</li>
 *   <li>ranks: by score, highest first; tied scores share a rank and the next rank skips (1, 2, 2, 4);</li>
 *   <li>lagging (工作落后): a unit is lagging when fewer than {@code laggingCount} units of its group score
 *       below it (the bottom three; a tie at the edge makes all tied units lagging), provided the group
 *       has more than {@code laggingCount} units.</li>
 * </ol>
 */
public record AssessmentPolicy(
        String version,
        Map<IndicatorKind, Integer> weights,
        int missingReportDeduction,
        int lateReportDeduction,
        int excellentAbove,
        int goodFrom,
        int passFrom,
        int excellentCapPercent,
        int goodCapPercent,
        int laggingCount,
        int reportDueDayOfNextMonth,
        CheckpointSchedule schedule) {

    public static final AssessmentPolicy DEFAULT = new AssessmentPolicy("assessment-2026.1",
            weights(3500, 2500, 1500, 2500), 100, 50, 9500, 8500, 7500, 20, 30, 3, 5, CheckpointSchedule.DEFAULT);

    private static final Map<String, AssessmentPolicy> BY_VERSION = Map.of(DEFAULT.version(), DEFAULT);

    public AssessmentPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(schedule, "schedule");
        weights = new EnumMap<>(weights);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total != 10_000) {
            throw new IllegalArgumentException("The weights add up to 100 points, got " + total / 100.0);
        }
        if (!(excellentAbove >= goodFrom && goodFrom >= passFrom)) {
            throw new IllegalArgumentException("Cut-offs must descend: excellent > good ≥ pass");
        }
        if (reportDueDayOfNextMonth < 1 || reportDueDayOfNextMonth > 28) {
            throw new IllegalArgumentException("The report is due on a day 1–28 of the next month");
        }
    }

    private static Map<IndicatorKind, Integer> weights(int starts, int completions, int households, int funds) {
        Map<IndicatorKind, Integer> weights = new EnumMap<>(IndicatorKind.class);
        weights.put(IndicatorKind.STARTS, starts);
        weights.put(IndicatorKind.COMPLETIONS, completions);
        weights.put(IndicatorKind.HOUSEHOLDS, households);
        weights.put(IndicatorKind.FUNDS, funds);
        return weights;
    }

    /** The policy of that version, or null when this build does not know it. */
    public static AssessmentPolicy named(String version) {
        return BY_VERSION.get(version);
    }

    public int weight(IndicatorKind kind) {
        return weights.getOrDefault(kind, 0);
    }

    /** The month's report (月报 for {@code month}) is due on this day of the next month. */
    public LocalDate reportDueOn(YearMonth month) {
        return month.plusMonths(1).atDay(reportDueDayOfNextMonth);
    }

    /** The indicator's points: the full weight once what is due is reached, else pro rata, rounded down to the hundredth. */
    public int indicatorPoints(IndicatorKind kind, long actual, long due) {
        int weight = weight(kind);
        if (due <= 0) {
            return weight;
        }
        long reached = Math.max(0, Math.min(actual, due));
        return (int) (weight * reached / due);
    }

    public int deduction(ReportTimeliness timeliness) {
        return switch (timeliness) {
            case MISSING -> missingReportDeduction;
            case LATE -> lateReportDeduction;
            case ON_TIME, PENDING -> 0;
        };
    }

    /** The grade by cut-offs alone, before caps. */
    public Grade gradeByCutOff(int scoreHundredths) {
        if (scoreHundredths > excellentAbove) {
            return Grade.EXCELLENT;
        }
        if (scoreHundredths >= goodFrom) {
            return Grade.GOOD;
        }
        if (scoreHundredths >= passFrom) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    /** A unit and its score, the input of grading. */
    public record UnitScore(ResponsibleUnit unit, int scoreHundredths) {
    }

    /**
     * Grades, ranks and marks lagging units, each kind of unit as its own group, in the order: kind, rank,
     * unit id. The same scores always give the same results (this is what a close re-checks).
     */
    public List<UnitResult> rank(List<UnitScore> scores) {
        Map<UnitKind, List<UnitScore>> groups = new LinkedHashMap<>();
        scores.stream().sorted(Comparator.comparing((UnitScore s) -> s.unit().kind()))
                .forEach(s -> groups.computeIfAbsent(s.unit().kind(), k -> new ArrayList<>()).add(s));
        List<UnitResult> results = new ArrayList<>();
        groups.values().forEach(group -> results.addAll(rankGroup(group)));
        return List.copyOf(results);
    }

    private List<UnitResult> rankGroup(List<UnitScore> group) {
        List<UnitScore> sorted = group.stream()
                .sorted(Comparator.comparingInt(UnitScore::scoreHundredths).reversed()
                        .thenComparing(s -> s.unit().id()))
                .toList();
        int n = sorted.size();
        Grade[] grades = new Grade[n];
        for (int i = 0; i < n; i++) {
            grades[i] = gradeByCutOff(sorted.get(i).scoreHundredths());
        }
        applyCap(sorted, grades, Grade.EXCELLENT, Grade.GOOD, n * excellentCapPercent / 100);
        applyCap(sorted, grades, Grade.GOOD, Grade.PASS, n * goodCapPercent / 100);
        List<UnitResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int score = sorted.get(i).scoreHundredths();
            int rank = 1 + (int) sorted.stream().filter(s -> s.scoreHundredths() > score).count();
            long below = sorted.stream().filter(s -> s.scoreHundredths() < score).count();
            boolean lagging = n > laggingCount && below < laggingCount;
            results.add(new UnitResult(sorted.get(i).unit(), score, grades[i], rank, lagging));
        }
        return results;
    }

    /**
     * Keeps at most {@code cap} units at {@code grade} (the best scores, sorted first) and demotes the rest to
     * {@code demotedTo}; a tie at the edge is kept whole or demoted whole, never split.
     */
    private static void applyCap(List<UnitScore> sorted, Grade[] grades, Grade grade, Grade demotedTo, int cap) {
        int kept = 0;
        boolean full = false;
        for (int i = 0; i < sorted.size(); i++) {
            if (grades[i] != grade) {
                continue;
            }
            int score = sorted.get(i).scoreHundredths();
            int tied = 0;
            for (int j = i; j < sorted.size() && grades[j] == grade && sorted.get(j).scoreHundredths() == score; j++) {
                tied++;
            }
            // Once a group does not fit, no lower score may keep the grade either.
            boolean fits = !full && kept + tied <= cap;
            full = !fits;
            for (int j = i; j < i + tied; j++) {
                if (!fits) {
                    grades[j] = demotedTo;
                }
            }
            if (fits) {
                kept += tied;
            }
            i += tied - 1;
        }
    }
}
