package org.renewalledger.bench.harness;

import java.util.List;

/** A figure measured several times after a warm-up: its smallest, middle and largest value. */
record Spread(double min, double median, double max) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values to spread");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return new Spread(sorted.get(0), median, sorted.get(sorted.size() - 1));
    }

    /** As the table prints it: "min – max" beside the median in the value column. */
    String range() {
        return Run.number(min) + " – " + Run.number(max);
    }
}
