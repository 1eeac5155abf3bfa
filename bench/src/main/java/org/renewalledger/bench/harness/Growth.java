package org.renewalledger.bench.harness;

import java.util.List;

/**
 * Workload 6: append latency as the store grows. The same sequential appends (one client, RecordConsent on a fresh
 * compound, after a warm-up on another) once on the empty store, before anything is loaded, and once on the full
 * store at the end of the run; each compound is new, so only the store's size differs.
 */
final class Growth {

    record Sample(long storeEvents, Load.Result appends) {
    }

    private Growth() {
    }

    static Sample measure(Run run, PhysicalLimits limits, String label) throws Exception {
        CompoundPlan base = run.province().compounds().get(0);
        Sample ignoredWarmUp = appendTo(run, limits, base, label + "w");
        return appendTo(run, limits, base, label);
    }

    private static Sample appendTo(Run run, PhysicalLimits limits, CompoundPlan base, String label) throws Exception {
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
        long store = limits.storeSize();
        Load.Result appends = Load.run(1, samples, number -> run.http().post(ProvinceLoader.ADMIN,
                "/api/compounds/" + fresh.compoundId() + "/consent/APPLICATION", ProvinceLoader.vote(fresh, number, "AGREE"))
                .statusCode() == 200);
        if (appends.errors() > 0) {
            throw new IllegalStateException("Growth appends failed: " + appends.firstError());
        }
        return new Sample(store, appends);
    }

    static List<Figure> figures(Sample empty, Sample full) {
        double ratio = full.appends().p50Millis() / empty.appends().p50Millis();
        double ratio99 = full.appends().p99Millis() / empty.appends().p99Millis();
        String w = "6 growth";
        return List.of(
                new Figure(w, "append p50 ms, one client, store of " + full.storeEvents() + " events",
                        Run.number(full.appends().p50Millis()), Run.number(empty.appends().p50Millis()) + " ms with "
                        + empty.storeEvents() + " events", ratio, "ratio ≤ 1.5", ratio <= 1.5),
                new Figure(w, "append p99 ms, same", Run.number(full.appends().p99Millis()),
                        Run.number(empty.appends().p99Millis()) + " ms", ratio99, null, null));
    }
}
