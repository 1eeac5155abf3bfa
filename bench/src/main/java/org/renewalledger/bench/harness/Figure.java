package org.renewalledger.bench.harness;

/**
 * One line of the result table: a figure of the system, the baseline it is held against (measured in the same
 * run on the same database), their ratio and the goal. {@code pass} is null where there is no goal.
 * {@code value} is the median of the measured runs ({@link Trials}); {@code range} their smallest and largest, or
 * why the figure has a single run.
 */
public record Figure(String workload, String figure, String value, String baseline, Double ratio, String goal, Boolean pass,
                     String range) {

    Figure(String workload, String figure, String value, String baseline, Double ratio, String goal, Boolean pass) {
        this(workload, figure, value, baseline, ratio, goal, pass, null);
    }

    Figure withRange(String range) {
        return new Figure(workload, figure, value, baseline, ratio, goal, pass, range);
    }

    static final String HEADER = "| workload | figure | value (median) | min – max of " + Trials.RUNS
            + " runs | baseline (same run, same database; median, min – max) | ratio | goal | result |\n"
            + "|---|---|---|---|---|---|---|---|\n";

    String row() {
        return "| " + workload + " | " + figure + " | " + value + " | " + (range == null ? "—" : range) + " | " + baseline + " | "
                + (ratio == null || ratio.isNaN() ? "—" : String.format(java.util.Locale.ROOT, "%.2f", ratio)) + " | "
                + (goal == null ? "—" : goal) + " | " + (pass == null ? "—" : pass ? "pass" : "**FAIL**") + " |";
    }
}
