package org.renewalledger.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Every workload and baseline is warmed up once, then measured {@link #RUNS} times; the table reports the median
 * with the smallest and largest run. One run hides whether a figure is the machine or the moment: the spread shows it.
 */
final class Trials {

    /**
     * Three by default; {@code -Dbench.runs=1} for a province run, whose three passes would take most of a working
     * day on two cores (its rebuild alone has a 15-minute budget a pass).
     */
    static final int RUNS = Math.max(1, Integer.getInteger("bench.runs", 3));

    /** One run of a workload or a baseline. */
    interface Measurement<T> {
        T run() throws Exception;
    }

    record Runs<T>(List<T> runs) {

        Spread spread(ToDoubleFunction<T> figure) {
            return Spread.of(runs.stream().map(figure::applyAsDouble).toList());
        }

        /** The run whose figure is the median, for a later workload to compare with. */
        T median(ToDoubleFunction<T> figure) {
            List<T> sorted = new ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(figure));
            return sorted.get(sorted.size() / 2);
        }
    }

    private Trials() {
    }

    /** A warm-up (its figures thrown away: JIT, caches, connection pools), then {@link #RUNS} measured runs. */
    static <T> Runs<T> warmedUp(Measurement<?> warmUp, Measurement<T> measured) throws Exception {
        warmUp.run();
        List<T> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(measured.run());
        }
        return new Runs<>(List.copyOf(runs));
    }

    /** Closed-loop load: a warm-up of a fifth, then {@link #RUNS} runs of {@code count} operations. */
    static Runs<Load.Result> closedLoop(int clients, int count, Load.Operation operation) throws Exception {
        return warmedUp(() -> Load.run(clients, warmUpCount(count), operation), () -> Load.run(clients, count, operation));
    }

    /** Open-loop load at {@code perSecond}: a warm-up of a fifth, then {@link #RUNS} runs of {@code count} requests. */
    static Runs<Load.Result> openLoop(double perSecond, int maxInFlight, int count, Load.Operation operation) throws Exception {
        return warmedUp(() -> Load.openLoop(perSecond, maxInFlight, warmUpCount(count), operation),
                () -> Load.openLoop(perSecond, maxInFlight, count, operation));
    }

    static long errors(Runs<Load.Result> runs) {
        return runs.runs().stream().mapToLong(Load.Result::errors).sum();
    }

    static String firstError(Runs<Load.Result> runs) {
        return runs.runs().stream().map(Load.Result::firstError).filter(java.util.Objects::nonNull).findFirst().orElse("");
    }

    /** The warm-up's size: a fifth of a run, at least ten operations. */
    static int warmUpCount(int count) {
        return Math.max(10, count / 5);
    }
}
