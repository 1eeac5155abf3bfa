package org.renewalledger.kernel.policy;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A jurisdiction's policy was set; decisions in it name {@code version} from now on. The extension fields
 * were added later as optional ones: an event stored without them reads as {@code null}, which means
 * docs/DOMAIN.md's extension (2005, 15%), exactly what such a policy applied when it was set.
 */
@Revision("1")
public record JurisdictionPolicySetEvent(
        String registerId,
        JurisdictionCode jurisdiction,
        String version,
        int builtBeforeYear,
        String consentPolicy,
        int noticeWorkingDays,
        int minimumResidentSharePercent,
        Integer extensionBuiltBeforeYear,
        Integer extensionCapPercent) implements PolicyRegisterEvent {

    /** Without its own extension: docs/DOMAIN.md's applies. */
    public JurisdictionPolicySetEvent(String registerId, JurisdictionCode jurisdiction, String version,
                                      int builtBeforeYear, String consentPolicy, int noticeWorkingDays,
                                      int minimumResidentSharePercent) {
        this(registerId, jurisdiction, version, builtBeforeYear, consentPolicy, noticeWorkingDays,
                minimumResidentSharePercent, null, null);
    }
}
