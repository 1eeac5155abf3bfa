package org.renewalledger.infra.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event store and the transactions its units of work run in, declared here because Axon 4.13's
 * auto-configuration gets both wrong for this service: under Spring Boot 4 it runs without transactions, and its
 * shared event stream can hold events in memory without bound.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /**
     * One database transaction per unit of work, on the JDBC pool that Axon's stores and the projections' JDBC
     * share: a command's events and its other writes, or a processor batch's token and its handlers' rows (read
     * models, the audit chain's seals), commit together or not at all. Axon 4.13 would set this up itself, but its
     * auto-configuration orders itself after Spring Boot 3's name for the JDBC transaction manager's
     * configuration, which Boot 4 moved; it then finds no transaction manager yet and falls back to none. Every
     * statement then committed on its own, and a crash between a token and its seals left the sealer's token past
     * events it had not sealed (docs/OPERATIONS.md, "Transactions").
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager jdbcTransactions) {
        return new SpringTransactionManager(jdbcTransactions);
    }

    /**
     * The event store, with every processor reading its own stream from PostgreSQL. Axon's default shares one
     * in-memory stream among processors that are near the head, a linked list that a processor drops off when it
     * falls behind. A processor that was dropped while taking its next event kept its place in the list and went on
     * reading privately, and the list then stayed in memory from that place on. At province size, with the import
     * running ahead of the processors, the list held 1.26 million events and filled the 2 GB heap within six
     * minutes (docs/PERFORMANCE.md). Private streams cost a read of the event table per processor;
     * that read runs on the primary key.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    /** Axon's JDBC storage as its auto-configuration builds it; that steps aside once the event store is declared. */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer, org.axonframework.config.Configuration axon,
            ConnectionProvider connectionProvider, TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .build();
    }
}
