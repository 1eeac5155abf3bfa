package org.renewalledger.bench.harness;

import java.time.Duration;
import java.util.Locale;

/**
 * How big a run is. {@code province} is docs/DOMAIN.md's province (about 20,000 compounds, 3.3 million
 * households, two votes each); {@code large} is a tenth of it; {@code medium} finishes in minutes; {@code tiny}
 * is CI's smoke run.
 *
 * @param householdScale multiplies every compound's household count (1 = the real distribution, mean 167)
 * @param auditCompoundEvents votes stored on the one compound workload 5 reads (the 3,000)
 * @param commands        RecordConsent commands of workload 1 (and their JPA twins in workload 7)
 * @param disbursements   disbursements of workload 7, both ways
 * @param queriesPerEndpoint requests per dashboard endpoint in workload 4
 * @param auditQueries    requests per audit query in workload 5
 * @param growthSamples   sequential appends measured in workload 6, on the empty and on the full store
 * @param rebuildBudget   how long workload 3 waits for the rebuild: past it, the rate so far is the figure and the
 *                        goal (7 M events in 3 minutes) has failed anyway; the province's is 5× that goal
 */
public record BenchmarkSize(String name, int counties, int officesPerCounty, int compoundsPerOffice, double householdScale,
                            int auditCompoundEvents, int commands, int disbursements, int queriesPerEndpoint,
                            int auditQueries, int growthSamples, Duration rebuildBudget) {

    /** Waiting for the rebuild without a budget of its own: the harness's six-hour limit on any wait. */
    static final Duration UNBOUNDED = Duration.ofHours(6);

    public static BenchmarkSize named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new BenchmarkSize("tiny", 1, 2, 3, 0.1, 100, 100, 40, 20, 20, 10, UNBOUNDED);
            case "medium" -> new BenchmarkSize("medium", 3, 3, 8, 0.5, 3_000, 5_000, 1_000, 500, 500, 300, UNBOUNDED);
            // A tenth of the province at the real distribution: 9 counties × 10 × 23 = 2,070 compounds, ≈ 0.7 M votes
            case "large" -> new BenchmarkSize("large", 9, 10, 23, 1.0, 3_000, 20_000, 2_000, 2_000, 2_000, 500, UNBOUNDED);
            // 88 counties × 10 street offices × 23 compounds = 20,240 compounds, ≈ 3.4 M households, ≈ 6.8 M votes
            case "province" -> new BenchmarkSize("province", 88, 10, 23, 1.0, 3_000, 50_000, 10_000, 2_000, 2_000, 1_000, Duration.ofMinutes(15));
            default -> throw new IllegalArgumentException("Unknown size " + name + ": tiny, medium, large or province");
        };
    }

    public int compounds() {
        return counties * officesPerCounty * compoundsPerOffice;
    }
}
