package org.renewalledger.infra.national;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.MultiStreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.renewalledger.infra.process.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national view, simulated on one machine and planned for the nation (docs/OPERATIONS.md, "The national view"): a
 * tracking processor of its own ({@value NationalProjection#PROCESSING_GROUP}) whose source is every provincial store
 * ({@link NationalSources}), writing the national read model into this process's database with its token in the same
 * transaction. Nothing here exists but in a process of role {@code national} or with {@code renewal.national.enabled=true}:
 * a provincial service is unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(ProcessRole.RUNS_NATIONAL_VIEW)
public class NationalViewConfiguration {

    @Bean
    ProvincialPools provincialPools(NationalProperties properties) {
        return new ProvincialPools(properties);
    }

    @Bean
    MultiStreamableMessageSource nationalSource(NationalProperties properties, ProvincialPools provincialPools,
                                                @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                                                org.axonframework.config.Configuration axon) {
        List<ProvincialSource> sources = new ArrayList<>();
        for (int i = 0; i < properties.stores().size(); i++) {
            sources.add(NationalSources.provincialStore(properties.stores().get(i).province(), provincialPools.get(i),
                    eventSerializer, serializer, axon.upcasterChain()));
        }
        return NationalSources.merged(sources);
    }

    @Bean
    NationalProjection nationalProjection(JdbcTemplate jdbc) {
        return new NationalProjection(jdbc);
    }

    /** One segment: the national figures are sums, and one thread reading every province is enough for them. */
    @Bean
    ConfigurerModule nationalProcessor(ObjectProvider<MultiStreamableMessageSource> nationalSource) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(NationalProjection.PROCESSING_GROUP, c -> nationalSource.getObject())
                .assignProcessingGroup(NationalProjection.PROCESSING_GROUP, NationalProjection.PROCESSING_GROUP);
    }
}
