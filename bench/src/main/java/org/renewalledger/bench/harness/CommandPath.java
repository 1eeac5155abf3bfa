package org.renewalledger.bench.harness;

import java.util.List;

/**
 * Workload 1: {@code RecordConsent} over HTTP from 32 clients, each vote a changed vote of a household of the
 * province (the register's area, so the aggregate accepts it), against single-row JDBC insert transactions of the
 * same bytes at the same concurrency: one durable commit per acknowledged command either way.
 */
final class CommandPath {

    private CommandPath() {
    }

    static Load.Result recordConsent(Run run, int clients, int count) throws InterruptedException {
        List<CompoundPlan> compounds = votingCompounds(run.province());
        return Load.run(clients, count, number -> {
            CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
            int household = Math.floorMod(number * 104_729 + 17, plan.households());
            return run.http().post(ProvinceLoader.ADMIN, "/api/compounds/" + plan.compoundId() + "/consent/SCHEME",
                    ProvinceLoader.vote(plan, household, number % 2 == 0 ? "AGREE" : "DISAGREE")).statusCode() == 200;
        });
    }

    /** Every compound but the audit compound, whose 3,000 events workload 5 reads. */
    static List<CompoundPlan> votingCompounds(Province province) {
        List<CompoundPlan> all = province.compounds();
        return all.size() > 1 ? all.subList(1, all.size()) : all;
    }

    /** The figures, and our own measurement for workload 7 to compare with. */
    record Measured(List<Figure> figures, Load.Result ours) {
    }

    static Measured run(Run run, PhysicalLimits limits) throws Exception {
        int count = run.size().commands();
        int warmUp = Trials.warmUpCount(count);
        Run.log("workload 1: " + count + " RecordConsent over HTTP, " + Run.COMMAND_CLIENTS + " clients, after " + warmUp
                + " to warm up, " + Trials.RUNS + " times");
        Trials.Runs<Load.Result> ours = run.resources().measure("1 command path: RecordConsent over HTTP",
                () -> Trials.warmedUp(() -> recordConsent(run, Run.COMMAND_CLIENTS, warmUp),
                        () -> recordConsent(run, Run.COMMAND_CLIENTS, count)));
        // The projections catch up on those events first, so the baseline does not share the disk with them.
        Rebuild.awaitCaughtUp(run.http(), List.of());
        limits.settle();
        Run.log("workload 1: baseline, " + count + " single-row insert transactions, " + Trials.RUNS + " times");
        Trials.Runs<Load.Result> baseline = run.resources().measure("1 baseline: single-row inserts",
                () -> Trials.warmedUp(() -> limits.singleRowInserts(Run.COMMAND_CLIENTS, warmUp),
                        () -> limits.singleRowInserts(Run.COMMAND_CLIENTS, count)));
        Spread rate = ours.spread(Load.Result::perSecond);
        Spread p50 = ours.spread(Load.Result::p50Millis);
        Spread p99 = ours.spread(Load.Result::p99Millis);
        Spread baseRate = baseline.spread(Load.Result::perSecond);
        Spread baseP50 = baseline.spread(Load.Result::p50Millis);
        Spread baseP99 = baseline.spread(Load.Result::p99Millis);
        long errors = ours.runs().stream().mapToLong(Load.Result::errors).sum();
        double ratio = rate.median() / baseRate.median();
        String w = "1 command path";
        return new Measured(List.of(
                new Figure(w, "RecordConsent/s, " + Run.COMMAND_CLIENTS + " clients (" + count + " cmds a run, " + errors + " errors)",
                        Run.number(rate.median()), Run.number(baseRate.median()) + " single-row inserts/s (" + baseRate.range() + "; "
                        + limits.rowBytes() + " B)", ratio, "ratio ≥ 0.5", ratio >= 0.5 && errors == 0).withRange(rate.range()),
                new Figure(w, "p50 ms", Run.number(p50.median()), Run.number(baseP50.median()) + " ms insert p50 (" + baseP50.range() + ")",
                        p50.median() / baseP50.median(), null, null).withRange(p50.range()),
                new Figure(w, "p99 ms", Run.number(p99.median()), Run.number(baseP99.median()) + " ms insert p99 (" + baseP99.range() + ")",
                        p99.median() / baseP99.median(), "p99 ≤ 50 ms", p99.median() <= 50).withRange(p99.range())),
                ours.median(Load.Result::perSecond));
    }
}
