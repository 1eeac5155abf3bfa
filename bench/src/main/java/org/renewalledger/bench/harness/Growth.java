package org.renewalledger.bench.harness;

import java.util.List;

/**
 * Workload 6: append latency as the store grows. The same sequential appends (one client, RecordConsent on a fresh
 * compound, after a warm-up on another) on the empty store, before anything is loaded, and on the full store at
 * the end of the run, three times each; each compound is new, so only the store's size differs.
 */
final class Growth {

    record Sample(long storeEvents, Trials.Runs<Load.Result> appends) {
    }

    private Growth() {
    }

    static Sample measure(Run run, PhysicalLimits limits, String label) throws Exception {
        CompoundPlan base = run.province().compounds().get(0);
        long store = limits.storeSize();
        java.util.concurrent.atomic.AtomicInteger round = new java.util.concurrent.atomic.AtomicInteger();
        Trials.Runs<Load.Result> runs = run.resources().measure("6 appends on the " + label + " store",
                () -> Trials.warmedUp(() -> appendTo(run, base, label + "w"),
                        () -> appendTo(run, base, label + round.incrementAndGet())));
        return new Sample(store, runs);
    }

    private static Load.Result appendTo(Run run, CompoundPlan base, String label) throws Exception {
        int samples = run.size().growthSamples();
        CompoundPlan fresh = new CompoundPlan(base.streetOffice() + "-g" + label, "增长测试" + label + "小区", base.county(),
                base.streetOffice(), base.streetOfficeName(), 1990, 1, samples, base.seed() + label.hashCode());
        run.http().expectPost(ProvinceLoader.ADMIN, "/api/compounds", "{\"compoundId\":\"" + fresh.compoundId() + "\",\"name\":\""
                + fresh.name() + "\",\"jurisdictionCode\":\"" + fresh.county() + "\",\"streetOfficeCode\":\"" + fresh.streetOffice()
                + "\",\"streetOfficeName\":\"" + fresh.streetOfficeName() + "\",\"builtYear\":1990,\"buildings\":1,\"households\":"
                + samples + ",\"floorArea\":\"" + fresh.floorArea() + "\"}");
        for (int from = 0; from < samples; from += ProvinceLoader.SHEET) {
            run.http().expectPost(ProvinceLoader.ADMIN, "/api/compounds/" + fresh.compoundId() + "/roster",
                    ProvinceLoader.roster(fresh, from, Math.min(samples, from + ProvinceLoader.SHEET)));
        }
        Load.Result appends = Load.run(1, samples, number -> run.http().post(ProvinceLoader.ADMIN,
                "/api/compounds/" + fresh.compoundId() + "/consent/APPLICATION", ProvinceLoader.vote(fresh, number, "AGREE"))
                .statusCode() == 200);
        if (appends.errors() > 0) {
            throw new IllegalStateException("Growth appends failed: " + appends.firstError());
        }
        return appends;
    }

    static List<Figure> figures(Sample empty, Sample full) {
        Spread p50 = full.appends().spread(Load.Result::p50Millis);
        Spread p99 = full.appends().spread(Load.Result::p99Millis);
        Spread emptyP50 = empty.appends().spread(Load.Result::p50Millis);
        Spread emptyP99 = empty.appends().spread(Load.Result::p99Millis);
        double ratio = p50.median() / emptyP50.median();
        double ratio99 = p99.median() / emptyP99.median();
        String w = "6 growth";
        return List.of(
                new Figure(w, "append p50 ms, one client, store of " + full.storeEvents() + " events",
                        Run.number(p50.median()), Run.number(emptyP50.median()) + " ms with " + empty.storeEvents() + " events ("
                        + emptyP50.range() + ")", ratio, "ratio ≤ 1.5", ratio <= 1.5).withRange(p50.range()),
                new Figure(w, "append p99 ms, same", Run.number(p99.median()), Run.number(emptyP99.median()) + " ms ("
                        + emptyP99.range() + ")", ratio99, null, null).withRange(p99.range()));
    }
}
