package org.renewalledger.command.review;

import org.renewalledger.command.policy.EscalationPolicy;
import org.renewalledger.command.policy.RewardPolicy;
import org.renewalledger.command.policy.ReviewPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review's rules in force, handed to the aggregates as handler parameters (docs/REVIEW.md). */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    ReviewPolicy reviewPolicy() {
        return ReviewPolicy.DEFAULT;
    }

    @Bean
    EscalationPolicy escalationPolicy() {
        return EscalationPolicy.DEFAULT;
    }

    @Bean
    RewardPolicy rewardPolicy() {
        return RewardPolicy.DEFAULT;
    }
}
