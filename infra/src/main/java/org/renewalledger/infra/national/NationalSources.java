package org.renewalledger.infra.national;

import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.MultiStreamableMessageSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * The national processor's message source: every provincial store, merged by Axon's
 * {@link MultiStreamableMessageSource}. Its token ({@code MultiSourceTrackingToken}) keeps one position per province,
 * so each store is read from where the national view left it, and a province that is down or slow holds back only
 * its own events.
 */
public final class NationalSources {

    private NationalSources() {
    }

    /**
     * A provincial store read only: its own connections (reads need no transaction; each query commits on its own),
     * the service's serializers and upcasters, so the provinces' events read as the provinces' own read models read them.
     */
    public static ProvincialSource provincialStore(String province, DataSource store, Serializer eventSerializer,
                                                   Serializer snapshotSerializer, EventUpcaster upcasters) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(store))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(upcasters)
                .schema(new EventSchema())
                .build();
        return new ProvincialSource(province, EmbeddedEventStore.builder()
                .storageEngine(engine)
                .optimizeEventConsumption(false)
                .build());
    }

    /** Every province in one stream; the first province's store is long-polled while all are at their head. */
    public static MultiStreamableMessageSource merged(List<ProvincialSource> provinces) {
        if (provinces.isEmpty()) {
            throw new IllegalArgumentException("The national view needs at least one provincial store (renewal.national.stores)");
        }
        MultiStreamableMessageSource.Builder builder = MultiStreamableMessageSource.builder();
        provinces.forEach(source -> builder.addMessageSource(source.province(), source));
        return builder.longPollingSource(provinces.get(0).province()).build();
    }
}
