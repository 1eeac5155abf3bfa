package org.renewalledger.bench.harness;

import java.util.List;

/**
 * Workload 2: the province's consent history loaded through the bulk import endpoint (one request per survey sheet
 * of up to 1,000 votes, each sheet one transaction, one event per vote), timed until the read models and the audit
 * sealer have caught up and the votes read back, not until the last request answered; against PostgreSQL COPY of as
 * many rows of the same bytes. The import is the load itself, so it runs once; the COPY is warmed up and run three
 * times.
 */
final class BulkImport {

    private BulkImport() {
    }

    static List<Figure> figures(List<ProvinceLoader.PhaseResult> phases, PhysicalLimits limits) throws Exception {
        long votes = phases.stream().filter(ProvinceLoader.PhaseResult::consentImport).mapToLong(ProvinceLoader.PhaseResult::votes).sum();
        double seconds = phases.stream().filter(ProvinceLoader.PhaseResult::consentImport).mapToDouble(ProvinceLoader.PhaseResult::seconds).sum();
        double requestsSeconds = phases.stream().filter(ProvinceLoader.PhaseResult::consentImport)
                .mapToDouble(ProvinceLoader.PhaseResult::requestsSeconds).sum();
        Run.log("workload 2: baseline, COPY of " + votes + " rows, " + Trials.RUNS + " times");
        Trials.Runs<Double> copies = limits.run().resources().measure("2 baseline: COPY",
                () -> Trials.warmedUp(() -> limits.copy(Math.max(1_000, votes / 10)), () -> limits.copy(votes)));
        Spread copy = copies.spread(Double::doubleValue);
        double ours = votes / seconds;
        double ratio = ours / copy.median();
        return List.of(new Figure("2 bulk import", "consent events/s imported, until caught up, sealed and queryable (" + votes
                + " votes, " + ProvinceLoader.LOADING_CLIENTS + " clients, sheets of " + ProvinceLoader.SHEET + "; "
                + Run.number(votes / requestsSeconds) + "/s until the last request answered)",
                Run.number(ours), Run.number(copy.median()) + " rows/s by COPY (" + copy.range() + ")", ratio, "ratio ≥ 0.25",
                ratio >= 0.25).withRange("one run: the import is the load"));
    }
}
