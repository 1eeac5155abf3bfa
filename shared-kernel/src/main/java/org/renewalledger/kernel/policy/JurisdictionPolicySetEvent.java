package org.renewalledger.kernel.policy;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A jurisdiction's policy was set; decisions in it name {@code version} from now on. */
@Revision("1")
public record JurisdictionPolicySetEvent(
        String registerId,
        JurisdictionCode jurisdiction,
        String version,
        int builtBeforeYear,
        String consentPolicy,
        int noticeWorkingDays,
        int minimumResidentSharePercent) implements PolicyRegisterEvent {
}
