package org.renewalledger.command.policy;

import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;

/**
 * {@code PUT /api/policies/{jurisdiction}}: a jurisdiction's rules under a new version name. The extension
 * year and cap are optional (absent: docs/DOMAIN.md's 2005 and 15%).
 */
public record JurisdictionPolicyRequest(String version, Integer builtBeforeYear, String consentPolicy,
                                        Integer noticeWorkingDays, Integer minimumResidentSharePercent,
                                        Integer extensionBuiltBeforeYear, Integer extensionCapPercent) {

    SetJurisdictionPolicyCommand toCommand(String jurisdiction) {
        return new SetJurisdictionPolicyCommand(JurisdictionCode.parse("jurisdiction", jurisdiction), version,
                Require.present("builtBeforeYear", builtBeforeYear), consentPolicy,
                Require.present("noticeWorkingDays", noticeWorkingDays),
                Require.present("minimumResidentSharePercent", minimumResidentSharePercent),
                extensionBuiltBeforeYear, extensionCapPercent);
    }
}
