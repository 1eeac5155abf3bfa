package org.renewalledger.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Workload 3: every read model rebuilt from the event store at once (the operators' replay of each processor,
 * search indexes included), three times, each timed until all are caught up or the size's budget is spent (the province's: 15 minutes,
 * five times the goal; the slowest processor's position then gives the rate); against a scan of the event table that parses every
 * payload and nothing else. The audit sealer is not a read model (its chain is history) and the policy book is
 * rebuilt on start, so both are left alone.
 */
final class Rebuild {

    /** The audit chain is history, not a read model; the two process managers send commands rather than answer reads. */
    private static final Set<String> NOT_READ_MODELS = Set.of("event-seal", "policy-book", "escalation-ladder",
            "funding-milestone-relay");
    /** docs/DOMAIN.md's province, as the issue sizes it. */
    private static final long PROVINCE_EVENTS = 7_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rebuild() {
    }

    /** One rebuild: the events it got through, in how long, and whether it finished within the budget. */
    record Pass(long rebuilt, double seconds, boolean complete) {
        double perSecond() {
            return rebuilt / seconds;
        }
    }

    static List<Figure> run(Run run, PhysicalLimits limits) throws Exception {
        Http http = run.http();
        awaitCaughtUp(http, List.of());
        List<String> names = new ArrayList<>();
        for (JsonNode projection : JSON.readTree(http.expectGet(ProvinceLoader.ADMIN, "/api/admin/projections"))) {
            if (!NOT_READ_MODELS.contains(projection.path("name").asText())) {
                names.add(projection.path("name").asText());
            }
        }
        long events = limits.storeSize();
        // The catch-up after the load ran the same handlers over the same events: that is the rebuild's warm-up.
        Run.log("workload 3: rebuilding " + names + " from " + events + " events, " + Trials.RUNS + " times");
        List<Pass> passes = new ArrayList<>();
        for (int i = 0; i < Trials.RUNS; i++) {
            if (i > 0) {
                limits.settle();
            }
            passes.add(run.resources().measure("3 rebuild " + (i + 1), () -> rebuildOnce(run, names, events)));
        }
        limits.settle();
        Run.log("workload 3: baseline, deserialising scan, " + Trials.RUNS + " times");
        Trials.Runs<PhysicalLimits.ScanResult> scans = run.resources().measure("3 baseline: deserialising scan",
                () -> Trials.warmedUp(() -> limits.scan(Math.max(1_000, events / 10)), limits::scan));
        Spread ours = Spread.of(passes.stream().map(Pass::perSecond).toList());
        Spread scan = scans.spread(PhysicalLimits.ScanResult::perSecond);
        Spread seconds = Spread.of(passes.stream().map(Pass::seconds).toList());
        boolean complete = passes.stream().allMatch(Pass::complete);
        double ratio = ours.median() / scan.median();
        double provinceSeconds = PROVINCE_EVENTS / ours.median();
        Spread provinceSpread = new Spread(PROVINCE_EVENTS / ours.max(), provinceSeconds, PROVINCE_EVENTS / ours.min());
        String w = "3 rebuild";
        String what = complete ? events + " events, " + Run.number(seconds.median()) + " s"
                : "cut off by the budget in " + passes.stream().filter(pass -> !pass.complete()).count() + " of " + Trials.RUNS
                + " runs; the slowest processor's position gives the rate";
        return List.of(
                new Figure(w, "events/s, every read model at once (" + names.size() + " processors, " + what + ")",
                        Run.number(ours.median()), Run.number(scan.median()) + " events/s scan + parse (" + scan.range() + ")",
                        ratio, "ratio ≥ 0.5", ratio >= 0.5).withRange(ours.range()),
                new Figure(w, "7 M events at this rate, s", Run.number(provinceSeconds),
                        Run.number(PROVINCE_EVENTS / scan.median()) + " s by scan", provinceSeconds * scan.median() / PROVINCE_EVENTS,
                        "≤ 180 s", provinceSeconds <= 180).withRange(provinceSpread.range()));
    }

    private static Pass rebuildOnce(Run run, List<String> names, long events) throws Exception {
        Http http = run.http();
        long start = System.nanoTime();
        for (String name : names) {
            http.expectPost(ProvinceLoader.ADMIN, "/api/admin/projections/" + name + "/replay", "");
        }
        Duration budget = run.size().rebuildBudget();
        boolean complete = awaitCaughtUp(http, names, budget);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Cut off by the budget: the slowest processor's position says how much of the store was rebuilt.
        long rebuilt = complete ? events : Math.round(events * slowestProgress(http, names));
        if (!complete) {
            // the next run's replay resets the processors wherever they are
            Run.log("workload 3: budget of " + budget.toMinutes() + " min spent, " + rebuilt + " of " + events + " events rebuilt");
        }
        return new Pass(rebuilt, seconds, complete);
    }

    /** The least advanced of the named processors, as a fraction of the store's head. */
    private static double slowestProgress(Http http, List<String> names) throws Exception {
        double slowest = 1;
        for (JsonNode projection : JSON.readTree(http.expectGet(ProvinceLoader.ADMIN, "/api/admin/projections"))) {
            if (names.contains(projection.path("name").asText())) {
                slowest = Math.min(slowest, Math.max(0, projection.path("position").asDouble())
                        / Math.max(1, projection.path("head").asDouble()));
            }
        }
        return slowest;
    }

    static void awaitCaughtUp(Http http, List<String> names) throws Exception {
        if (!awaitCaughtUp(http, names, BenchmarkSize.UNBOUNDED)) {
            throw new IllegalStateException("The projections did not catch up");
        }
    }

    /** Waits until every processor (or the named ones) is caught up, not replaying, at the store's head; false if not within the limit. */
    private static boolean awaitCaughtUp(Http http, List<String> names, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            boolean current = true;
            for (JsonNode projection : JSON.readTree(http.expectGet(ProvinceLoader.ADMIN, "/api/admin/projections"))) {
                String name = projection.path("name").asText();
                if ((names.isEmpty() && !name.equals("policy-book")) || names.contains(name)) {
                    current &= projection.path("caughtUp").asBoolean() && !projection.path("replaying").asBoolean()
                            && projection.path("position").asLong() >= projection.path("head").asLong();
                }
            }
            if (current) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
