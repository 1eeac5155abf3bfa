package org.renewalledger.infra.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.List;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
