package org.renewalledger.kernel.policy;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A jurisdiction's policy was set; decisions in it name {@code version} from now on. The extension fields
 * were added later as optional ones: an event stored without them reads as {@code null}, which means
 * docs/DOMAIN.md's extension (2005, 15%), exactly what such a policy applied when it was set.
 *
 * <p>Revision 2 adds how the notice is counted ({@code noticeCounting}: {@code civil-code-art-201}, or
 * {@code posting-day-included} for every revision-1 event, which was decided under that count), the grace for claimed
 * dates ({@code backdatingGraceDays}, null: three days) and whether steps need evidence ({@code evidenceRequired},
 * null: required).
 */
@Revision("2")
public record JurisdictionPolicySetEvent(
        String registerId,
        JurisdictionCode jurisdiction,
        String version,
        int builtBeforeYear,
        String consentPolicy,
        int noticeWorkingDays,
        int minimumResidentSharePercent,
        Integer extensionBuiltBeforeYear,
        Integer extensionCapPercent,
        String noticeCounting,
        Integer backdatingGraceDays,
        Boolean evidenceRequired) implements PolicyRegisterEvent {

    /** Counting the notice by Civil Code Art. 201, with the default grace and evidence required. */
    public JurisdictionPolicySetEvent(String registerId, JurisdictionCode jurisdiction, String version,
                                      int builtBeforeYear, String consentPolicy, int noticeWorkingDays,
                                      int minimumResidentSharePercent, Integer extensionBuiltBeforeYear,
                                      Integer extensionCapPercent) {
        this(registerId, jurisdiction, version, builtBeforeYear, consentPolicy, noticeWorkingDays,
                minimumResidentSharePercent, extensionBuiltBeforeYear, extensionCapPercent, "civil-code-art-201", null, null);
    }

    /** Without its own extension: docs/DOMAIN.md's applies. */
    public JurisdictionPolicySetEvent(String registerId, JurisdictionCode jurisdiction, String version,
                                      int builtBeforeYear, String consentPolicy, int noticeWorkingDays,
                                      int minimumResidentSharePercent) {
        this(registerId, jurisdiction, version, builtBeforeYear, consentPolicy, noticeWorkingDays,
                minimumResidentSharePercent, null, null);
    }
}
