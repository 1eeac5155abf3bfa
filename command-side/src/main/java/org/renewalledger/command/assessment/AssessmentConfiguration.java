package org.renewalledger.command.assessment;

import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The assessment policy in force for new monthly reports (their due date). Closing a month names its policy
 * version explicitly, so a close always applies the version the live assessment was computed under.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    AssessmentPolicy assessmentPolicy() {
        return AssessmentPolicy.DEFAULT;
    }
}
