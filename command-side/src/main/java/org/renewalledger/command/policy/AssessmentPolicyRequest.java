package org.renewalledger.command.policy;

import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.SetAssessmentPolicyCommand;

/**
 * {@code PUT /api/policies/{jurisdiction}/assessment}: either {@code adopt}, the name of a built-in policy
 * ({@code assessment-2026.3}, the default; {@code assessment-2026.2}, the second release's; {@code assessment-2026.1}, the first release's rules), or a whole
 * {@code policy} under a new version name.
 */
public record AssessmentPolicyRequest(String adopt, AssessmentPolicy policy) {

    SetAssessmentPolicyCommand toCommand(String jurisdiction) {
        JurisdictionCode code = JurisdictionCode.parse("jurisdiction", jurisdiction);
        if ((adopt == null) == (policy == null)) {
            throw DomainException.invalid("policy", "Give either adopt (a built-in policy's name) or a whole policy");
        }
        if (adopt != null) {
            AssessmentPolicy builtIn = AssessmentPolicy.named(adopt);
            if (builtIn == null) {
                throw DomainException.invalid("adopt", "adopt names a built-in policy: "
                        + AssessmentPolicy.BUILT_IN.stream().map(AssessmentPolicy::version).toList());
            }
            return new SetAssessmentPolicyCommand(code, builtIn);
        }
        return new SetAssessmentPolicyCommand(code, policy);
    }
}
