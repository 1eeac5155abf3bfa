package org.renewalledger.infra.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How messages are stored and what they carry. Events are JSON (Jackson 2, which Axon 4's serializer
 * speaks) so that an auditor can read the event store without this code; every event inherits its
 * command's actor, correlation id and policy version, and names the command that caused it.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The single source of time. Tests replace it with a fixed clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Axon stamps events from a static clock; pointing it at the injected one makes event times (and so
     * every read model's times) come from the same place as everything else.
     */
    @Bean
    EventClock eventClock(Clock clock) {
        GenericEventMessage.clock = clock;
        return new EventClock(clock);
    }

    /**
     * Axon's default logs a failing event handler and moves on, which would silently leave a read model
     * without that event. Propagating makes the processor retry the batch with back-off instead (every
     * projection write is idempotent), so a read model is never missing an event it has passed.
     */
    @Bean
    ConfigurerModule retryFailedProjectionEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

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
     * minutes (docs/PERFORMANCE.md, "Tuning H"). Private streams cost a read of the event table per processor;
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

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /** Named so that Axon's serializers pick this mapper and not another Jackson 2 mapper in the context. */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Only record components and declared fields make an event's JSON: a convenience such as
                // Money.isNegative() must not become a stored "negative" property.
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                // A newer event shape read by older code (a rolling upgrade) must not fail on an added field.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * causationId: the id of the message that caused this one; correlationId: the originating request's
     * id, kept across the whole chain (the HTTP layer puts it on the command).
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(MetaDataKeys.CAUSATION_ID, MetaDataKeys.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider actorAndPolicyProvider() {
        return new SimpleCorrelationDataProvider(List.of(MetaDataKeys.ACTOR_ID, MetaDataKeys.ACTOR_ROLE,
                MetaDataKeys.ACTOR_JURISDICTION, MetaDataKeys.POLICY_VERSION).toArray(String[]::new));
    }

    /** Marker that the event clock has been set; beans that publish events may depend on it. */
    public record EventClock(Clock clock) {
    }
}
