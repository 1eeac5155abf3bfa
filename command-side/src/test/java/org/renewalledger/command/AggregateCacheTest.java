package org.renewalledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.IntStream;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

/**
 * A weighed aggregate cache reads each entry's weight from the live aggregate inside Axon's cache entry, and keeps
 * the weights it holds within its bound: large aggregates push out others as many small ones would.
 */
class AggregateCacheTest {

    /** An aggregate that holds {@code units} of something. */
    static class Plot implements CacheWeight {
        @AggregateIdentifier
        private String id;
        private int units;

        Plot() {
        }

        Plot(String id, int units) {
            this.id = id;
            this.units = units;
        }

        @Override
        public int cacheWeight() {
            return 1 + units;
        }
    }

    private static AggregateCacheEntry<Plot> entry(String id, int units) {
        EventSourcedAggregate<Plot> aggregate = EventSourcedAggregate.initialize(new Plot(id, units),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Plot.class), (org.axonframework.eventhandling.EventBus) null,
                NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }

    @Test
    void shouldWeighAnEntryByWhatItsAggregateHolds() {
        assertThat(AggregateCache.weigh("a", entry("a", 599))).isEqualTo(600);
        assertThat(AggregateCache.weigh("b", entry("b", 0))).isEqualTo(1);
        assertThat(AggregateCache.weigh("c", "not an aggregate")).isEqualTo(1);
    }

    @Test
    void shouldHoldNoMoreWeightThanItsBound() {
        try (AggregateCache weighed = AggregateCache.weighed("plots", 100)) {
            Cache cache = weighed.axonCache();
            IntStream.range(0, 10).forEach(i -> cache.put("plot-" + i, entry("plot-" + i, 29))); // 30 each
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(IntStream.range(0, 10)
                    .filter(i -> cache.containsKey("plot-" + i)).count()).as("plots of 30 in a cache of 100").isBetween(1L, 3L));
        }
    }
}
