package org.renewalledger.command.funding;

import org.axonframework.common.caching.Cache;
import org.renewalledger.command.AggregateCache;
import org.renewalledger.command.policy.CostSharePolicy;
import org.renewalledger.command.policy.TranchePolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding rules in force (handed to the aggregate as handler parameters) and the ledger's cache. */
@Configuration(proxyBeanMethods = false)
class FundingConfiguration {

    static final String LEDGER_CACHE = "projectFundingCache";

    @Bean
    TranchePolicy tranchePolicy() {
        return TranchePolicy.DEFAULT;
    }

    @Bean
    CostSharePolicy costSharePolicy() {
        return CostSharePolicy.DEFAULT;
    }

    /**
     * Keeps busy ledgers in memory, so a burst of payments on one project does not replay its stream for
     * each command. Safe with several processes: an entry is evicted whenever a unit of work rolls back,
     * including on a concurrent append, so the command gateway's retry reloads from the event store.
     */
    @Bean(destroyMethod = "close")
    AggregateCache projectFundingAggregateCache(@Value("${renewal.cache.project-funding:5000}") long maximumEntries) {
        return AggregateCache.bounded("project-funding", maximumEntries);
    }

    @Bean(LEDGER_CACHE)
    Cache projectFundingCache(AggregateCache projectFundingAggregateCache) {
        return projectFundingAggregateCache.axonCache();
    }
}
