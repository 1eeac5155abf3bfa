package org.renewalledger.command.policy;

import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;

/**
 * {@code PUT /api/policies/{jurisdiction}}: a jurisdiction's rules under a new version name. The extension
 * year and cap are optional (absent: docs/DOMAIN.md's 2005 and 15%), and so are the grace for claimed dates
 * (absent: 3 days) and whether evidence is required (absent: yes). The notice is always counted by Civil Code
 * Art. 201 from the day after posting.
 */
public record JurisdictionPolicyRequest(String version, Integer builtBeforeYear, String consentPolicy,
                                        Integer noticeWorkingDays, Integer minimumResidentSharePercent,
                                        Integer extensionBuiltBeforeYear, Integer extensionCapPercent,
                                        Integer backdatingGraceDays, Boolean evidenceRequired) {

    SetJurisdictionPolicyCommand toCommand(String jurisdiction) {
        return new SetJurisdictionPolicyCommand(JurisdictionCode.parse("jurisdiction", jurisdiction), version,
                Require.present("builtBeforeYear", builtBeforeYear), consentPolicy,
                Require.present("noticeWorkingDays", noticeWorkingDays),
                Require.present("minimumResidentSharePercent", minimumResidentSharePercent),
                extensionBuiltBeforeYear, extensionCapPercent, backdatingGraceDays, evidenceRequired);
    }
}
