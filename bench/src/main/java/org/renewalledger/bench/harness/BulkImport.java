package org.renewalledger.bench.harness;

import java.util.List;

/**
 * Workload 2: the province's consent history loaded through the bulk import endpoint (one request per survey sheet
 * of up to 1,000 votes, each sheet one transaction, one event per vote), against PostgreSQL COPY of as many rows of
 * the same bytes.
 */
final class BulkImport {

    private BulkImport() {
    }

    static List<Figure> figures(List<ProvinceLoader.PhaseResult> phases, PhysicalLimits limits) throws Exception {
        long votes = phases.stream().filter(ProvinceLoader.PhaseResult::consentImport).mapToLong(ProvinceLoader.PhaseResult::votes).sum();
        double seconds = phases.stream().filter(ProvinceLoader.PhaseResult::consentImport).mapToDouble(ProvinceLoader.PhaseResult::seconds).sum();
        Run.log("workload 2: baseline, COPY of " + votes + " rows");
        double copy = limits.copy(votes);
        double ours = votes / seconds;
        double ratio = ours / copy;
        return List.of(new Figure("2 bulk import", "consent events/s imported (" + votes + " votes, "
                + ProvinceLoader.LOADING_CLIENTS + " clients, sheets of " + ProvinceLoader.SHEET + ")",
                Run.number(ours), Run.number(copy) + " rows/s by COPY", ratio, "ratio ≥ 0.25", ratio >= 0.25));
    }
}
