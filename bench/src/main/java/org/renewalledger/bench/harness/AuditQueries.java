package org.renewalledger.bench.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Workload 5: an auditor's reads of the audit compound, the one with 3,000 events (its votes): the project's
 * timeline, its live tally, its funding ledger and its funding as of an instant taken during the load (between the
 * two consent imports, so the answer has to be computed as of then rather than read as the latest state). The
 * baseline reads the compound's whole stream from the event table and parses it, as rebuilding its state by replay
 * would.
 */
final class AuditQueries {

    static final int AUDITORS = 16;

    private AuditQueries() {
    }

    static List<Figure> run(Run run, PhysicalLimits limits, Instant duringLoad) throws Exception {
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
                new DashboardQueries.Endpoint("funding as of an instant during the load", "provincial-finance",
                        i -> p + "?asOf=" + duringLoad));
        Run.log("workload 5: baseline, reading the " + events + "-event stream of " + compound.compoundId() + ", " + Trials.RUNS + " times");
        Trials.Runs<Load.Result> baseline = run.resources().measure("5 baseline: stream read + parse",
                () -> Trials.warmedUp(() -> limits.readStream(AUDITORS, Trials.warmUpCount(count), compound.compoundId()),
                        () -> limits.readStream(AUDITORS, count, compound.compoundId())));
        Spread baseP99 = baseline.spread(Load.Result::p99Millis);
        List<Figure> figures = new ArrayList<>();
        for (DashboardQueries.Endpoint read : reads) {
            Trials.Runs<Load.Result> result = run.resources().measure("5 " + read.name(), () -> Trials.closedLoop(AUDITORS, count,
                    i -> http.get(read.user(), read.path().apply(i)).statusCode() == 200));
            Spread p99 = result.spread(Load.Result::p99Millis);
            long errors = Trials.errors(result);
            figures.add(new Figure("5 audit (" + events + " events)", read.name() + ", p99 ms, " + AUDITORS + " clients"
                    + (errors > 0 ? " (" + errors + " errors: " + Trials.firstError(result) + ")" : ""),
                    Run.number(p99.median()), Run.number(baseP99.median()) + " ms p99 stream read + parse (" + baseP99.range() + ")",
                    p99.median() / baseP99.median(), "p99 ≤ 50 ms", p99.median() <= 50 && errors == 0).withRange(p99.range()));
        }
        return figures;
    }
}
