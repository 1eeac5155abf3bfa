package org.renewalledger.bench.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * Workload 5: an auditor's reads of the audit compound, the one with 3,000 events (its votes): the project's
 * timeline, its live tally, its funding ledger and its funding as of a past instant. The baseline reads the
 * compound's whole stream from the event table and parses it, as rebuilding its state by replay would.
 */
final class AuditQueries {

    static final int AUDITORS = 16;

    private AuditQueries() {
    }

    static List<Figure> run(Run run, PhysicalLimits limits) throws Exception {
        CompoundPlan compound = run.province().auditCompound();
        int count = run.size().auditQueries();
        long events = limits.eventCount(compound.compoundId());
        Http http = run.http();
        String c = "/api/compounds/" + compound.compoundId();
        String p = "/api/projects/" + compound.projectId() + "/funding";
        List<DashboardQueries.Endpoint> reads = List.of(
                // read as the province: a county auditor reads only its own county since reads are scoped (docs/SECURITY.md)
                new DashboardQueries.Endpoint("project timeline (audit trail)", ProvinceLoader.ADMIN, i -> c + "/timeline"),
                new DashboardQueries.Endpoint("scheme consent tally", ProvinceLoader.ADMIN, i -> c + "/consent/SCHEME"),
                new DashboardQueries.Endpoint("funding ledger (audit trail)", "provincial-finance", i -> p + "/ledger"),
                new DashboardQueries.Endpoint("funding as of a past instant", "provincial-finance", i -> p + "?asOf=2099-01-01T00:00:00Z"));
        Run.log("workload 5: baseline, reading the " + events + "-event stream of " + compound.compoundId());
        Load.Result baseline = limits.readStream(AUDITORS, count, compound.compoundId());
        List<Figure> figures = new ArrayList<>();
        for (DashboardQueries.Endpoint read : reads) {
            Load.Result result = Load.run(AUDITORS, count, i -> http.get(read.user(), read.path().apply(i)).statusCode() == 200);
            figures.add(new Figure("5 audit (" + events + " events)", read.name() + ", p99 ms, " + AUDITORS + " clients"
                    + (result.errors() > 0 ? " (" + result.errors() + " errors: " + result.firstError() + ")" : ""),
                    Run.number(result.p99Millis()), Run.number(baseline.p99Millis()) + " ms p99 stream read + parse",
                    result.p99Millis() / baseline.p99Millis(), "p99 ≤ 50 ms", result.p99Millis() <= 50 && result.errors() == 0));
        }
        return figures;
    }
}
