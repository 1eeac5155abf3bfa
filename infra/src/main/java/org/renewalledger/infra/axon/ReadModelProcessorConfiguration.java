package org.renewalledger.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.renewalledger.query.ReadModelProcessors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the query side's processing groups in the shared processors of {@link ReadModelProcessors}, each sequenced by
 * compound ({@link CompoundSequencingPolicy}): a compound's votes and its counts' openings come from different streams.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelProcessorConfiguration {

    @Bean
    ConfigurerModule assignReadModelsToSharedProcessors() {
        return configurer -> ReadModelProcessors.ASSIGNMENTS.forEach((group, processor) -> configurer.eventProcessing()
                .assignProcessingGroup(group, processor)
                .registerSequencingPolicy(group, c -> CompoundSequencingPolicy.INSTANCE));
    }
}
