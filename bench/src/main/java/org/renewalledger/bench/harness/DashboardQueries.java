package org.renewalledger.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Workload 4: the dashboard and assessment reads, 64 clients on the province, closed loop, and again open loop at
 * a fixed rate of {@value #OPEN_LOOP_RATE} requests/s. Each endpoint is one {@link Endpoint}; a new dashboard
 * (monthly assessment, lagging units) is one more line in {@link #endpoints}. The baseline is the HTTP floor: the
 * same clients (and the same rate) on a static endpoint of the same server.
 */
final class DashboardQueries {

    /** A read the dashboards make; {@code path} picks the request's jurisdiction or compound from its number. */
    record Endpoint(String name, String user, IntFunction<String> path) {
    }

    /** The goals (#21): p99 ≤ 1.5 × the floor's p99, throughput ≥ 0.5 × the floor's, p99 ≤ 50 ms at 500/s. */
    private static final double P99_OVER_FLOOR = 1.5;
    private static final double RATE_OVER_FLOOR = 0.5;
    static final int OPEN_LOOP_RATE = 500;
    private static final int OPEN_LOOP_P99_MILLIS = 50;
    /** Requests outstanding at once in open loop: far more than the rate needs when answers are fast. */
    private static final int OPEN_LOOP_IN_FLIGHT = 256;
    /** The month the assessment reads ask for: the load's construction starts in it (2025-09-29). */
    static final String ASSESSMENT_MONTH = "2025-10";

    private DashboardQueries() {
    }

    static List<Endpoint> endpoints(Province province) {
        List<String> counties = province.counties();
        List<String> offices = province.streetOffices();
        List<CompoundPlan> compounds = province.compounds();
        return List.of(
                new Endpoint("compounds of a street office, page of 50", ProvinceLoader.ADMIN,
                        i -> "/api/compounds?streetOffice=" + offices.get(i % offices.size()) + "&page=0&size=50"),
                new Endpoint("projects of a county, page of 50", ProvinceLoader.ADMIN,
                        i -> "/api/projects?within=" + counties.get(i % counties.size())),
                new Endpoint("stage pipeline of a county", ProvinceLoader.ADMIN,
                        i -> "/api/projects/pipeline?within=" + counties.get(i % counties.size())),
                new Endpoint("stage pipeline of the province", ProvinceLoader.ADMIN, i -> "/api/projects/pipeline?within=520000"),
                new Endpoint("live consent tally of a compound", ProvinceLoader.ADMIN,
                        i -> "/api/compounds/" + compounds.get(i % compounds.size()).compoundId() + "/consent/SCHEME"),
                new Endpoint("spending progress of a county", "provincial-finance",
                        i -> "/api/funding/progress?jurisdiction=" + counties.get(i % counties.size())),
                new Endpoint("funding reconciliation of a county", "provincial-finance",
                        i -> "/api/funding/reconciliation?jurisdiction=" + counties.get(i % counties.size())),
                new Endpoint("dashboard of a county (/api/dashboard)", ProvinceLoader.ADMIN,
                        i -> "/api/dashboard?within=" + counties.get(i % counties.size()) + "&year=2025"),
                new Endpoint("dashboard of the province (/api/dashboard)", ProvinceLoader.ADMIN, i -> "/api/dashboard?within=520000&year=2025"),
                new Endpoint("monthly assessment of a county (/api/assessments/…)", ProvinceLoader.ADMIN,
                        i -> "/api/assessments/" + counties.get(i % counties.size()) + "/" + ASSESSMENT_MONTH));
    }

    static List<Figure> run(Run run) throws Exception {
        int count = run.size().queriesPerEndpoint();
        Http http = run.http();
        String w = "4 dashboards";
        Run.log("workload 4: HTTP floor, " + count + " requests, closed loop and open loop, " + Trials.RUNS + " times each");
        Load.Operation floorRead = i -> http.get(null, "/local/users").statusCode() == 200;
        Trials.Runs<Load.Result> floor = run.resources().measure("4 HTTP floor (closed loop)",
                () -> Trials.closedLoop(Run.QUERY_CLIENTS, count, floorRead));
        Trials.Runs<Load.Result> floorOpen = run.resources().measure("4 HTTP floor (open loop)",
                () -> Trials.openLoop(OPEN_LOOP_RATE, OPEN_LOOP_IN_FLIGHT, count, floorRead));
        Spread floorRate = floor.spread(Load.Result::perSecond);
        Spread floorP99 = floor.spread(Load.Result::p99Millis);
        Spread floorOpenP99 = floorOpen.spread(Load.Result::p99Millis);
        List<Figure> figures = new ArrayList<>();
        // With closed-loop clients, latency is clients ÷ throughput (Little's law): the floor's own figures are the
        // limit this machine sets on any read of this server.
        figures.add(new Figure(w, "HTTP floor: static endpoint, requests/s, " + Run.QUERY_CLIENTS + " clients (p99 "
                + Run.number(floorP99.median()) + " ms, " + floorP99.range() + ")", Run.number(floorRate.median()),
                "— (the floor is the baseline of the reads below)", 1.0, null, null).withRange(floorRate.range()));
        figures.add(new Figure(w, "HTTP floor: static endpoint, open loop at " + OPEN_LOOP_RATE + " requests/s, p99 ms",
                Run.number(floorOpenP99.median()), "— (the floor is the baseline of the reads below)", 1.0, null, null)
                .withRange(floorOpenP99.range()));
        for (Endpoint endpoint : endpoints(run.province())) {
            http.token(endpoint.user());
            Run.log("workload 4: " + endpoint.name() + ", " + count + " requests, " + Run.QUERY_CLIENTS + " clients, then open loop");
            Load.Operation read = i -> http.get(endpoint.user(), endpoint.path().apply(i)).statusCode() == 200;
            Trials.Runs<Load.Result> closed = run.resources().measure("4 " + endpoint.name() + " (closed loop)",
                    () -> Trials.closedLoop(Run.QUERY_CLIENTS, count, read));
            Trials.Runs<Load.Result> open = run.resources().measure("4 " + endpoint.name() + " (open loop)",
                    () -> Trials.openLoop(OPEN_LOOP_RATE, OPEN_LOOP_IN_FLIGHT, count, read));
            Spread rate = closed.spread(Load.Result::perSecond);
            Spread p99 = closed.spread(Load.Result::p99Millis);
            Spread p50 = closed.spread(Load.Result::p50Millis);
            Spread openP99 = open.spread(Load.Result::p99Millis);
            long errors = Trials.errors(closed) + Trials.errors(open);
            String failed = errors > 0 ? ", " + errors + " errors: " + Trials.firstError(closed) + Trials.firstError(open) : "";
            double p99Ratio = p99.median() / floorP99.median();
            double rateRatio = rate.median() / floorRate.median();
            figures.add(new Figure(w, endpoint.name() + ", p99 ms, " + Run.QUERY_CLIENTS + " clients (p50 " + Run.number(p50.median())
                    + failed + ")", Run.number(p99.median()), Run.number(floorP99.median()) + " ms HTTP floor p99 (" + floorP99.range() + ")",
                    p99Ratio, "p99 ≤ " + P99_OVER_FLOOR + " × floor", p99Ratio <= P99_OVER_FLOOR && errors == 0).withRange(p99.range()));
            figures.add(new Figure(w, endpoint.name() + ", requests/s, " + Run.QUERY_CLIENTS + " clients", Run.number(rate.median()),
                    Run.number(floorRate.median()) + " requests/s HTTP floor (" + floorRate.range() + ")", rateRatio,
                    "≥ " + RATE_OVER_FLOOR + " × floor", rateRatio >= RATE_OVER_FLOOR && errors == 0).withRange(rate.range()));
            figures.add(new Figure(w, endpoint.name() + ", open loop at " + OPEN_LOOP_RATE + " requests/s, p99 ms from the intended send time",
                    Run.number(openP99.median()), Run.number(floorOpenP99.median()) + " ms HTTP floor, same rate (" + floorOpenP99.range() + ")",
                    openP99.median() / floorOpenP99.median(), "p99 ≤ " + OPEN_LOOP_P99_MILLIS + " ms",
                    openP99.median() <= OPEN_LOOP_P99_MILLIS && errors == 0).withRange(openP99.range()));
        }
        return figures;
    }
}
