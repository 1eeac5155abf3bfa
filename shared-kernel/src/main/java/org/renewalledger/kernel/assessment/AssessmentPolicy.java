package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.renewalledger.kernel.common.Role;

/**
 * The indicator system of the monthly assessment (考核指标体系), versioned and set per jurisdiction: what each kind
 * of unit answers for and with which weights, how a target of 0 counts, the item deductions, the grade cut-offs,
 * optional quotas on the top grades, what makes a unit lagging, the points added for targets met early, the
 * monthly report's due day and the schedule. All points are hundredths (100 = 1 point). docs/ASSESSMENT.md gives
 * every rule with its source.
 *
 * <p>It lives in the kernel as plain Java because two sides apply it: the query side computes the live
 * assessment with it, and the command side checks, when a month is closed or reissued, that the grades,
 * ranks and lagging marks it is asked to freeze are exactly what this policy gives for the scores and
 * shortfalls (docs/ASSESSMENT.md, "Closing a month").
 *
 * <p>Grading of one group of units (one assessing jurisdiction, one kind of unit):
 * <ol>
 *   <li>cut-offs: EXCELLENT above {@code excellentAbove} (strictly), GOOD from {@code goodFrom} up to and
 *       including {@code excellentAbove}, PASS from {@code passFrom}, FAIL below;</li>
 *   <li>quotas, when the policy has them: at most {@code floor(n × percent / 100)} units EXCELLENT, then at most
 *       that many GOOD. The units over a quota are the lowest scores of the grade; each is demoted one grade
 *       (EXCELLENT → GOOD, and a GOOD over its quota → PASS). A quota never splits a tie: if the units tied at
 *       the edge do not all fit, they are all demoted, so the quota is never exceeded and equal scores always
 *       get equal grades. A quota never demotes below PASS and never touches FAIL;</li>
 *   <li>ranks: by score, highest first; tied scores share a rank and the next rank skips (1, 2, 2, 4);</li>
 *   <li>lagging (工作落后): under {@link LaggingRule#BEHIND_SCHEDULE}, a unit whose shortfall against its own
 *       schedule is more than {@code marginPercent}; under {@link LaggingRule#BOTTOM}, a unit with fewer than
 *       {@code bottomCount} units of its group scoring below it (a tie at the edge lags whole), provided the
 *       group has more than {@code bottomCount} units.</li>
 * </ol>
 *
 * @param answersFor per responsibility, the indicators and their weights (adding up to 100 points): a key is a
 *        unit kind ({@code STREET_OFFICE}, {@code DEPARTMENT}, {@code COUNTY}) or a department's role
 *        ({@code FINANCE_BUREAU}), which a department of that role answers for instead of the DEPARTMENT line
 * @param departmentsCountOwnActs a department's figures count only the facts it recorded itself (its own acts),
 *        not everything done in its county
 * @param reportTolerancePercent how far a monthly report's figure may exceed what the events record before it is
 *        flagged as possible false reporting (虚报)
 */
public record AssessmentPolicy(
        String version,
        Map<String, Map<IndicatorKind, Integer>> answersFor,
        boolean departmentsCountOwnActs,
        ZeroTarget zeroTarget,
        int missingReportDeduction,
        int lateReportDeduction,
        int excellentAbove,
        int goodFrom,
        int passFrom,
        Quotas quotas,
        Lagging lagging,
        Rewards rewards,
        int reportDueDayOfNextMonth,
        CheckpointSchedule schedule,
        int reportTolerancePercent,
        PlanCompounds planCompounds) {

    /** How an indicator with a year's target of 0 counts. */
    public enum ZeroTarget {
        /** Full marks, as if met (the borrowed rules: nothing planned, nothing missed). */
        FULL_MARKS,
        /** Not scored: its weight goes to the unit's other indicators in proportion, so a unit is scored on what it was asked to do. */
        REWEIGHTED
    }

    /** What makes a unit lagging (工作落后). */
    public enum LaggingRule {
        /** Behind its own schedule by more than a margin, on any indicator it answers for. */
        BEHIND_SCHEDULE,
        /** The bottom N of its group, whatever the scores. */
        BOTTOM
    }

    /** Caps on the top grades, in whole percent of the group. */
    public record Quotas(int excellentPercent, int goodPercent) {
        public Quotas {
            if (excellentPercent < 0 || excellentPercent > 100 || goodPercent < 0 || goodPercent > 100) {
                throw new IllegalArgumentException("A quota is 0–100 percent of the group");
            }
        }
    }

    /** The lagging rule with its parameter: a margin in whole percent of what is due, or a count. */
    public record Lagging(LaggingRule rule, int marginPercent, int bottomCount) {
        public Lagging {
            Objects.requireNonNull(rule, "lagging rule");
            if (marginPercent < 0 || marginPercent > 100 || bottomCount < 0) {
                throw new IllegalArgumentException("A lagging margin is 0–100 percent; a bottom count is not negative");
            }
        }

        public static Lagging behindSchedule(int marginPercent) {
            return new Lagging(LaggingRule.BEHIND_SCHEDULE, marginPercent, 0);
        }

        public static Lagging bottom(int count) {
            return new Lagging(LaggingRule.BOTTOM, 0, count);
        }
    }

    /** Points added for each indicator whose whole year's target is reached before the deadline, up to {@code cap} a month. */
    public record Rewards(int perIndicatorMetEarly, int cap) {
        public static final Rewards NONE = new Rewards(0, 0);

        public Rewards {
            if (perIndicatorMetEarly < 0 || cap < 0 || cap > 10_000) {
                throw new IllegalArgumentException("Bonus points are 0–100");
            }
        }
    }

    /**
     * Points deducted for each compound of the plan's implement batch (实施) not started by the plan's deadline, at most
     * {@code cap} a month; null where a policy does not read the plan's named compounds.
     */
    public record PlanCompounds(int perCompoundNotStarted, int cap) {
        public PlanCompounds {
            if (perCompoundNotStarted < 0 || cap < 0 || cap > 10_000) {
                throw new IllegalArgumentException("Plan-compound deductions are 0–100 points");
            }
        }
    }

    // Declared before the policies below, which the constructor checks against it.
    private static final Set<String> RESPONSIBILITIES = Stream.concat(Arrays.stream(UnitKind.values()).map(Enum::name),
            Arrays.stream(Role.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet());

    /**
     * The default (shipped): the renovation seeds' rules where they give them, the jurisdiction choices of
     * docs/ASSESSMENT.md where they do not; {@link #ASSESSMENT_2026_2} with the plan's named compounds read: each
     * compound of the implement batch (实施) not started by the plan's deadline costs 0.50, at most 5.00 a month.
     */
    public static final AssessmentPolicy DEFAULT = new AssessmentPolicy("assessment-2026.3",
            Map.of(UnitKind.STREET_OFFICE.name(), Map.of(IndicatorKind.STARTS, 5400, IndicatorKind.HOUSEHOLDS, 3600,
                            IndicatorKind.SATISFACTION, 1000),
                    Role.HOUSING_BUREAU.name(), weights(IndicatorKind.COMPLETIONS, 10_000),
                    Role.FINANCE_BUREAU.name(), weights(IndicatorKind.FUNDS, 10_000),
                    UnitKind.DEPARTMENT.name(), allFour(),
                    UnitKind.COUNTY.name(), allFour()),
            true, ZeroTarget.REWEIGHTED, 100, 50, 9500, 8500, 7500, null, Lagging.behindSchedule(10),
            new Rewards(100, 300), 5, CheckpointSchedule.TIME_PROPORTIONAL, 5, new PlanCompounds(50, 500));

    /**
     * The second release's default, kept under its name for the months computed with it: as {@link #DEFAULT} but not
     * reading the plan's named compounds.
     */
    public static final AssessmentPolicy ASSESSMENT_2026_2 = new AssessmentPolicy("assessment-2026.2",
            DEFAULT.answersFor(), true, ZeroTarget.REWEIGHTED, 100, 50, 9500, 8500, 7500, null, Lagging.behindSchedule(10),
            new Rewards(100, 300), 5, CheckpointSchedule.TIME_PROPORTIONAL, 5, null);

    /**
     * The rules of the first release, kept under their name so that the months computed under them keep their
     * meaning, and so that a county may still choose them: every unit scored on all four county-wide figures,
     * a target of 0 earns full marks, checkpoints 30%/60 days, 50%/100, 80%/150 (a demolition team's), quotas
     * excellent ≤ 20% and good ≤ 30% (a teacher-ethics appraisal's), the bottom three lagging, no bonus.
     */
    public static final AssessmentPolicy ASSESSMENT_2026_1 = new AssessmentPolicy("assessment-2026.1",
            Map.of(UnitKind.STREET_OFFICE.name(), allFour(), UnitKind.DEPARTMENT.name(), allFour(),
                    UnitKind.COUNTY.name(), allFour()),
            false, ZeroTarget.FULL_MARKS, 100, 50, 9500, 8500, 7500, new Quotas(20, 30), Lagging.bottom(3), Rewards.NONE, 5,
            CheckpointSchedule.BORROWED, 5);

    /** The policies this build ships, by version. */
    public static final List<AssessmentPolicy> BUILT_IN = List.of(DEFAULT, ASSESSMENT_2026_2, ASSESSMENT_2026_1);

    public AssessmentPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(answersFor, "answersFor");
        Objects.requireNonNull(zeroTarget, "zeroTarget");
        Objects.requireNonNull(lagging, "lagging");
        Objects.requireNonNull(schedule, "schedule");
        rewards = rewards == null ? Rewards.NONE : rewards;
        Map<String, Map<IndicatorKind, Integer>> copy = new TreeMap<>();
        answersFor.forEach((responsibility, weights) -> {
            if (!RESPONSIBILITIES.contains(responsibility)) {
                throw new IllegalArgumentException("A unit answers as a unit kind or a department's role, not " + responsibility);
            }
            Map<IndicatorKind, Integer> w = new EnumMap<>(IndicatorKind.class);
            w.putAll(weights);
            int total = w.values().stream().mapToInt(Integer::intValue).sum();
            if (total != 10_000 || w.values().stream().anyMatch(x -> x < 0)) {
                throw new IllegalArgumentException("The weights of " + responsibility + " add up to 100 points, got " + total / 100.0);
            }
            copy.put(responsibility, Collections.unmodifiableMap(w));
        });
        answersFor = Collections.unmodifiableMap(copy);
        if (!(excellentAbove >= goodFrom && goodFrom >= passFrom)) {
            throw new IllegalArgumentException("Cut-offs must descend: excellent > good ≥ pass");
        }
        if (reportDueDayOfNextMonth < 1 || reportDueDayOfNextMonth > 28) {
            throw new IllegalArgumentException("The report is due on a day 1–28 of the next month");
        }
        if (missingReportDeduction < 0 || lateReportDeduction < 0) {
            throw new IllegalArgumentException("A deduction is not negative");
        }
        if (reportTolerancePercent < 0 || reportTolerancePercent > 100) {
            throw new IllegalArgumentException("A report tolerance is 0–100 percent");
        }
    }

    /** Not reading the plan's named compounds. */
    public AssessmentPolicy(String version, Map<String, Map<IndicatorKind, Integer>> answersFor, boolean departmentsCountOwnActs,
                            ZeroTarget zeroTarget, int missingReportDeduction, int lateReportDeduction, int excellentAbove,
                            int goodFrom, int passFrom, Quotas quotas, Lagging lagging, Rewards rewards,
                            int reportDueDayOfNextMonth, CheckpointSchedule schedule, int reportTolerancePercent) {
        this(version, answersFor, departmentsCountOwnActs, zeroTarget, missingReportDeduction, lateReportDeduction, excellentAbove,
                goodFrom, passFrom, quotas, lagging, rewards, reportDueDayOfNextMonth, schedule, reportTolerancePercent, null);
    }

    /** With the default report tolerance, 5%. */
    public AssessmentPolicy(String version, Map<String, Map<IndicatorKind, Integer>> answersFor, boolean departmentsCountOwnActs,
                            ZeroTarget zeroTarget, int missingReportDeduction, int lateReportDeduction, int excellentAbove,
                            int goodFrom, int passFrom, Quotas quotas, Lagging lagging, Rewards rewards,
                            int reportDueDayOfNextMonth, CheckpointSchedule schedule) {
        this(version, answersFor, departmentsCountOwnActs, zeroTarget, missingReportDeduction, lateReportDeduction, excellentAbove,
                goodFrom, passFrom, quotas, lagging, rewards, reportDueDayOfNextMonth, schedule, 5);
    }

    /** Whether a reported figure exceeds the recorded one by more than the tolerance (any claim above a record of 0 does). */
    public boolean overReported(long reported, long recorded) {
        long floor = Math.max(0, recorded);
        return reported * 100 > floor * (100 + reportTolerancePercent);
    }

    private static Map<IndicatorKind, Integer> allFour() {
        Map<IndicatorKind, Integer> weights = new EnumMap<>(IndicatorKind.class);
        weights.put(IndicatorKind.STARTS, 3500);
        weights.put(IndicatorKind.COMPLETIONS, 2500);
        weights.put(IndicatorKind.HOUSEHOLDS, 1500);
        weights.put(IndicatorKind.FUNDS, 2500);
        return weights;
    }

    private static Map<IndicatorKind, Integer> weights(IndicatorKind kind, int weight) {
        return Map.of(kind, weight);
    }

    /** The built-in policy of that version, or null when this build does not ship it (see {@link AssessmentPolicyBook}). */
    public static AssessmentPolicy named(String version) {
        return BUILT_IN.stream().filter(p -> p.version().equals(version)).findFirst().orElse(null);
    }

    /**
     * The indicators a unit answers for, with their weights, in indicator order: a department's role line if
     * the policy has one, else its kind's line; empty when the policy names neither.
     */
    public Map<IndicatorKind, Integer> weightsFor(ResponsibleUnit unit) {
        Map<IndicatorKind, Integer> weights = null;
        if (unit.kind() == UnitKind.DEPARTMENT) {
            weights = answersFor.get(departmentRole(unit));
        }
        if (weights == null) {
            weights = answersFor.get(unit.kind().name());
        }
        return weights == null ? Map.of() : new EnumMap<>(weights);
    }

    /** A department's role, the part of its id after the county code ({@code 520523-FINANCE_BUREAU}); null for other units. */
    public static String departmentRole(ResponsibleUnit unit) {
        int dash = unit.id().indexOf('-');
        return unit.kind() == UnitKind.DEPARTMENT && dash > 0 ? unit.id().substring(dash + 1) : null;
    }

    /**
     * The weights in force for a unit whose year's targets are {@code targets}: under {@link ZeroTarget#REWEIGHTED}
     * an indicator with a target of 0 weighs nothing and the others share the 100 points in proportion to their
     * weights (largest remainders, ties in indicator order, so they add up exactly); otherwise the weights as set.
     */
    public Map<IndicatorKind, Integer> effectiveWeights(Map<IndicatorKind, Integer> weights, Map<IndicatorKind, Long> targets) {
        Map<IndicatorKind, Integer> effective = new EnumMap<>(IndicatorKind.class);
        if (zeroTarget == ZeroTarget.FULL_MARKS) {
            effective.putAll(weights);
            return effective;
        }
        int planned = weights.entrySet().stream().filter(e -> targets.getOrDefault(e.getKey(), 0L) > 0)
                .mapToInt(Map.Entry::getValue).sum();
        Map<IndicatorKind, Long> remainders = new EnumMap<>(IndicatorKind.class);
        int given = 0;
        for (Map.Entry<IndicatorKind, Integer> e : weights.entrySet()) {
            boolean hasTarget = targets.getOrDefault(e.getKey(), 0L) > 0;
            long share = planned == 0 || !hasTarget ? 0 : (long) e.getValue() * 10_000;
            int whole = planned == 0 ? 0 : (int) (share / planned);
            effective.put(e.getKey(), whole);
            remainders.put(e.getKey(), planned == 0 ? 0 : share % planned);
            given += whole;
        }
        int left = planned == 0 ? 0 : 10_000 - given;
        List<IndicatorKind> byRemainder = remainders.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<IndicatorKind, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < left && i < byRemainder.size(); i++) {
            effective.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return effective;
    }

    /** The month's report (月报 for {@code month}) is due on this day of the next month. */
    public LocalDate reportDueOn(YearMonth month) {
        return month.plusMonths(1).atDay(reportDueDayOfNextMonth);
    }

    /** An indicator's points: the full weight once what is due is reached, else pro rata, rounded down to the hundredth. */
    public static int indicatorPoints(int weight, long actual, long due) {
        if (due <= 0) {
            return weight;
        }
        long reached = Math.max(0, Math.min(actual, due));
        return (int) (weight * reached / due);
    }

    /** How far {@code actual} falls short of {@code due}, in hundredths of a percent of {@code due}, rounded up (0 when reached or nothing is due). */
    public static int shortfall(long actual, long due) {
        if (due <= 0) {
            return 0;
        }
        long missing = due - Math.max(0, Math.min(actual, due));
        return (int) Math.floorDiv(Math.addExact(Math.multiplyExact(missing, 10_000L), due - 1), due);
    }

    public int deduction(ReportTimeliness timeliness) {
        return switch (timeliness) {
            case MISSING -> missingReportDeduction;
            case LATE -> lateReportDeduction;
            case ON_TIME, PENDING -> 0;
        };
    }

    /** The grade by cut-offs alone, before quotas. */
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

    /** Whether a shortfall (hundredths of a percent) lags under a behind-schedule rule: strictly more than the margin. */
    public boolean lagsBehindSchedule(Integer shortfall) {
        return shortfall != null && shortfall > lagging.marginPercent() * 100;
    }

    /** A unit, its score and its shortfall against its schedule (null when not measured): the input of grading. */
    public record UnitScore(ResponsibleUnit unit, int scoreHundredths, Integer shortfall) {
        public UnitScore(ResponsibleUnit unit, int scoreHundredths) {
            this(unit, scoreHundredths, null);
        }
    }

    /**
     * Grades, ranks and marks lagging units, each kind of unit as its own group, in the order: kind, rank,
     * unit id. The same scores and shortfalls always give the same results (this is what a close re-checks).
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
        if (quotas != null) {
            applyCap(sorted, grades, Grade.EXCELLENT, Grade.GOOD, n * quotas.excellentPercent() / 100);
            applyCap(sorted, grades, Grade.GOOD, Grade.PASS, n * quotas.goodPercent() / 100);
        }
        List<UnitResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UnitScore unit = sorted.get(i);
            int score = unit.scoreHundredths();
            int rank = 1 + (int) sorted.stream().filter(s -> s.scoreHundredths() > score).count();
            boolean lagging;
            Integer shortfall;
            if (lagging().rule() == LaggingRule.BEHIND_SCHEDULE) {
                shortfall = unit.shortfall() == null ? 0 : unit.shortfall();
                lagging = lagsBehindSchedule(shortfall);
            } else {
                long below = sorted.stream().filter(s -> s.scoreHundredths() < score).count();
                lagging = n > lagging().bottomCount() && below < lagging().bottomCount();
                shortfall = null;
            }
            results.add(new UnitResult(unit.unit(), score, grades[i], rank, lagging, shortfall));
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
