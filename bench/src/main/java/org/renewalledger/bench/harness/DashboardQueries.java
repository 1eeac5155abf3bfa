package org.renewalledger.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Workload 4: the dashboard and assessment reads, 64 clients on the province. Each endpoint is one
 * {@link Endpoint}; a new dashboard (monthly assessment, lagging units) is one more line in {@link #endpoints}.
 * The baseline is the HTTP floor: the same clients on a static endpoint of the same server.
 */
final class DashboardQueries {

    /** A read the dashboards make; {@code path} picks the request's jurisdiction or compound from its number. */
    record Endpoint(String name, String user, IntFunction<String> path) {
    }

    /** The goal for every dashboard read at 64 clients. */
    private static final int GOAL_P99_MILLIS = 20;

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
                        i -> "/api/funding/reconciliation?jurisdiction=" + counties.get(i % counties.size())));
    }

    static List<Figure> run(Run run) throws Exception {
        int count = run.size().queriesPerEndpoint();
        Http http = run.http();
        Run.log("workload 4: HTTP floor, " + count + " requests");
        Load.Result floor = Load.run(Run.QUERY_CLIENTS, count, i -> http.get(null, "/local/users").statusCode() == 200);
        List<Figure> figures = new ArrayList<>();
        // With closed-loop clients, latency is clients ÷ throughput (Little's law): the floor's rate says how far
        // the machine is from the rate the goal needs (64 clients ÷ 20 ms = 3,200 requests/s).
        double neededPerSecond = Run.QUERY_CLIENTS * 1_000.0 / GOAL_P99_MILLIS;
        figures.add(new Figure("4 dashboards", "HTTP floor: static endpoint, requests/s, " + Run.QUERY_CLIENTS
                + " clients (p50 " + Run.number(floor.p50Millis()) + " ms, p99 " + Run.number(floor.p99Millis()) + " ms)",
                Run.number(floor.perSecond()), Run.number(neededPerSecond) + " requests/s for p99 ≤ " + GOAL_P99_MILLIS
                + " ms at " + Run.QUERY_CLIENTS + " clients", floor.perSecond() / neededPerSecond, null, null));
        for (Endpoint endpoint : endpoints(run.province())) {
            http.token(endpoint.user());
            Run.log("workload 4: " + endpoint.name() + ", " + count + " requests, " + Run.QUERY_CLIENTS + " clients");
            Load.Result result = Load.run(Run.QUERY_CLIENTS, count,
                    i -> http.get(endpoint.user(), endpoint.path().apply(i)).statusCode() == 200);
            figures.add(new Figure("4 dashboards", endpoint.name() + ", p99 ms (p50 " + Run.number(result.p50Millis())
                    + ", " + Run.number(result.perSecond()) + " requests/s"
                    + (result.errors() > 0 ? ", " + result.errors() + " errors" : "") + ")", Run.number(result.p99Millis()),
                    Run.number(floor.p99Millis()) + " ms HTTP floor p99", result.p99Millis() / floor.p99Millis(),
                    "p99 ≤ " + GOAL_P99_MILLIS + " ms", result.p99Millis() <= GOAL_P99_MILLIS && result.errors() == 0));
        }
        return figures;
    }
}
