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
        Run.log("workload 1: " + count + " RecordConsent over HTTP, " + Run.COMMAND_CLIENTS + " clients");
        Load.Result ours = recordConsent(run, Run.COMMAND_CLIENTS, count);
        // The projections catch up on those events first, so the baseline does not share the disk with them.
        Rebuild.awaitCaughtUp(run.http(), List.of());
        Run.log("workload 1: baseline, " + count + " single-row insert transactions");
        Load.Result baseline = limits.singleRowInserts(Run.COMMAND_CLIENTS, count);
        double ratio = ours.perSecond() / baseline.perSecond();
        String w = "1 command path";
        return new Measured(List.of(
                new Figure(w, "RecordConsent/s, " + Run.COMMAND_CLIENTS + " clients (" + count + " cmds, " + ours.errors() + " errors)",
                        Run.number(ours.perSecond()), Run.number(baseline.perSecond()) + " single-row inserts/s (" + limits.rowBytes() + " B)",
                        ratio, "ratio ≥ 0.5", ratio >= 0.5 && ours.errors() == 0),
                new Figure(w, "p50 ms", Run.number(ours.p50Millis()), Run.number(baseline.p50Millis()) + " ms insert p50",
                        ours.p50Millis() / baseline.p50Millis(), null, null),
                new Figure(w, "p99 ms", Run.number(ours.p99Millis()), Run.number(baseline.p99Millis()) + " ms insert p99",
                        ours.p99Millis() / baseline.p99Millis(), "p99 ≤ 50 ms", ours.p99Millis() <= 50)), ours);
    }
}
