package org.renewalledger.infra.axon;

import java.util.Set;
import java.util.function.Function;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.renewalledger.query.ReadModelProcessors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Every projection gets a dead-letter queue, without per-projection configuration: an event its handler
 * cannot process (a bug, bad data) is parked, with the rest of its aggregate's events behind it to keep
 * their order, while other aggregates' events flow on. Operators see and retry letters at
 * {@code /api/admin/dead-letters}.
 *
 * <p>Two kinds of processing group stop and retry in place instead (PropagatingErrorHandler, back-off):
 * the audit chain's sealer, where a skipped event would be a hole in the chain, and the search indexers
 * ({@code *-search}), whose failures are outages of Elasticsearch that hit every event alike: parking them
 * all would only move the backlog, while stalling lets the index catch up by itself when it returns.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** Processing groups that must never skip an event: the audit chain's sealer, and the erasure of personal data. */
    public static final Set<String> NEVER_DEAD_LETTERED = Set.of("event-seal",
            "personal-data-erasure"); // security: erasing a key happens in the erasure's own transaction
    /** Processing groups that feed an external index: they wait out its outages. */
    public static final String SEARCH_INDEXER_SUFFIX = "-search";

    public static boolean parksFailures(String processingGroup) {
        return !NEVER_DEAD_LETTERED.contains(processingGroup) && !processingGroup.endsWith(SEARCH_INDEXER_SUFFIX);
    }

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties properties,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            DeadLetterSchema schema,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer genericSerializer) {
        Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues =
                group -> config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build();
        // Axon's own module enables queues per group by property; this one enables them for every group.
        return new DeadLetterQueueProviderConfigurerModule(properties, queues) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(
                        group -> parksFailures(group) ? queues.apply(group) : null);
                // Without this cache, every event asks the queue whether its aggregate already has a letter: one
                // SELECT per event per read model, 9 % of the CPU of a rebuild (docs/PERFORMANCE.md).
                // With it, a segment that started with an empty queue only remembers what it parked itself.
                ReadModelProcessors.groups().stream().filter(DeadLetterConfiguration::parksFailures).forEach(group -> configurer.eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.enableSequenceIdentifierCache()));
            }
        };
    }
}
