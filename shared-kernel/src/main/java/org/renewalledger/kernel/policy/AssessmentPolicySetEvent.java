package org.renewalledger.kernel.policy;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A jurisdiction's assessment policy was set: its monthly assessments not yet closed are computed under
 * {@code policy} (named by its version) from now on. The whole definition is recorded, so the event alone says
 * what the rules were; a built-in policy chosen by name is recorded with its definition too.
 */
@Revision("1")
public record AssessmentPolicySetEvent(String registerId, JurisdictionCode jurisdiction, AssessmentPolicy policy)
        implements PolicyRegisterEvent {
}
