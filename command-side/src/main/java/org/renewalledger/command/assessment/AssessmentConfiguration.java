package org.renewalledger.command.assessment;

import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The assessment policies known to the command side: the built-in ones, and each jurisdiction's as the policy
 * register sets it ({@code PolicyStreamFollower} keeps the book at the store's head). A report's due date follows its assessing
 * jurisdiction's policy; a close or reissue names its policy version and is re-checked under that version.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    AssessmentPolicyBook assessmentPolicyBook() {
        return AssessmentPolicyBook.builtIn();
    }
}
