package org.renewalledger.bench.harness;

/**
 * One line of the result table: a figure of the system, the baseline it is held against (measured in the same
 * run on the same database), their ratio and the goal. {@code pass} is null where there is no goal.
 */
public record Figure(String workload, String figure, String value, String baseline, Double ratio, String goal, Boolean pass) {

    String row() {
        return "| " + workload + " | " + figure + " | " + value + " | " + baseline + " | "
                + (ratio == null || ratio.isNaN() ? "—" : String.format(java.util.Locale.ROOT, "%.2f", ratio)) + " | "
                + (goal == null ? "—" : goal) + " | " + (pass == null ? "—" : pass ? "pass" : "**FAIL**") + " |";
    }
}
