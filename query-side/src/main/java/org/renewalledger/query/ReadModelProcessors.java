package org.renewalledger.query;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which event processor runs which read model. A processor reads the event stream once for every processing
 * group assigned to it, so the read models that share a failure mode share a processor: the SQL read models run
 * in {@value #READ_MODELS}, the Elasticsearch indexes in {@value #SEARCH_INDEXES}. With one processor each, the
 * rebuild read and classified the stream eleven times; the coordinators took 63 % of the CPU (docs/PERFORMANCE.md). Each read model keeps its own processing group: its handlers, reset, dead letters and sequencing.
 *
 * <p>The assessment facts stay alone: they need one segment and store order. The sealer, the policy book and the
 * two process managers are not read models and are configured in application.yml.
 *
 * <p>What sharing costs: a replay rebuilds every read model of the processor (the admin API accepts either name),
 * and the processor's batch is one transaction for all of them. Both are cheap here: every projection is
 * idempotent, and a poisoned event is parked per processing group, not per processor.
 */
public final class ReadModelProcessors {

    public static final String READ_MODELS = "read-models";
    public static final String SEARCH_INDEXES = "search-indexes";

    /** Processing group → the processor that runs it. A test keeps this in step with the query side's groups. */
    public static final Map<String, String> ASSIGNMENTS = Map.ofEntries(
            Map.entry("compound-view", READ_MODELS),
            Map.entry("consent-register", READ_MODELS),
            Map.entry("project-timeline", READ_MODELS),
            Map.entry("funding-ledger", READ_MODELS),
            Map.entry("fund-ledger", READ_MODELS),
            Map.entry("review-cases", READ_MODELS),
            Map.entry("dashboard", READ_MODELS),
            Map.entry("compound-search", SEARCH_INDEXES),
            Map.entry("complaint-search", SEARCH_INDEXES),
            Map.entry("review-search", SEARCH_INDEXES));

    /** Processing groups of the query side that run in a processor of their own, on purpose. */
    public static final Set<String> STANDALONE = Set.of("assessment-facts");

    /** Every read model's processing group: the shared ones and the standalone ones. */
    public static Set<String> groups() {
        return Stream.concat(ASSIGNMENTS.keySet().stream(), STANDALONE.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private ReadModelProcessors() {
    }
}
