package org.renewalledger.command;

import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.command.policy.PolicySet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The command side's own wiring: its policies, aggregates, interceptors and HTTP API. */
@Configuration
@ComponentScan
public class CommandSideConfiguration {

    @Bean
    PolicySet policySet(@Value("${renewal.policy.version:default-2026.1}") String version,
                        @Value("${renewal.policy.eligibility.built-before-year:2000}") int builtBeforeYear) {
        return new PolicySet(version, new EligibilityPolicy(builtBeforeYear));
    }
}
