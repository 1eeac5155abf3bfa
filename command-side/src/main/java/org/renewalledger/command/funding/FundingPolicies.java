package org.renewalledger.command.funding;

import org.renewalledger.command.policy.CostSharePolicy;
import org.renewalledger.command.policy.TranchePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding rules in force; the project funding aggregate receives them as handler parameters. */
@Configuration(proxyBeanMethods = false)
class FundingPolicies {

    @Bean
    TranchePolicy tranchePolicy() {
        return TranchePolicy.DEFAULT;
    }

    @Bean
    CostSharePolicy costSharePolicy() {
        return CostSharePolicy.DEFAULT;
    }
}
