package org.renewalledger.kernel.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Sets the policy a jurisdiction (province, city or county) applies from now on, under a new version name.
 * Decisions on a compound use its county's policy, else its city's, else its province's, else the default.
 *
 * @param consentPolicy {@code double-two-thirds}, {@code civil-code-278-major} or {@code civil-code-278-ordinary}
 * @param extensionBuiltBeforeYear compounds built before it (and not before {@code builtBeforeYear}) may take an
 *        extension place within the cap; {@code null}: docs/DOMAIN.md's 2005, or the cut-off if later
 * @param extensionCapPercent the most extension places may be of the county's programme, in whole percent
 *        (an exact fraction n/100); {@code null}: docs/DOMAIN.md's 15
 * @param backdatingGraceDays how many days back a claimed date is taken without a reason; {@code null}: 3
 * @param evidenceRequired whether completion acceptance, rectification and notices need evidence; {@code null}: yes
 */
public record SetJurisdictionPolicyCommand(
        JurisdictionCode jurisdiction,
        String version,
        int builtBeforeYear,
        String consentPolicy,
        int noticeWorkingDays,
        int minimumResidentSharePercent,
        Integer extensionBuiltBeforeYear,
        Integer extensionCapPercent,
        Integer backdatingGraceDays,
        Boolean evidenceRequired) implements JurisdictionScoped {

    /** All jurisdictions' policies are one small stream, so a node can hold them all and versions stay unique. */
    public static final String REGISTER_ID = "policy-register";

    public SetJurisdictionPolicyCommand {
        Require.present("jurisdiction", jurisdiction);
        if (jurisdiction.value().length() != 6) {
            throw DomainException.invalid("jurisdiction", "Policies are set for a province, city or county (six digits)");
        }
        version = Require.text("version", version, 60);
        consentPolicy = Require.text("consentPolicy", consentPolicy, 40);
        if (builtBeforeYear < 1949 || builtBeforeYear > 2010) {
            throw DomainException.invalid("builtBeforeYear", "builtBeforeYear must be between 1949 and 2010");
        }
        if (noticeWorkingDays < 1 || noticeWorkingDays > 60) {
            throw DomainException.invalid("noticeWorkingDays", "noticeWorkingDays must be between 1 and 60");
        }
        if (minimumResidentSharePercent < 0 || minimumResidentSharePercent > 100) {
            throw DomainException.invalid("minimumResidentSharePercent", "a share is between 0 and 100 percent");
        }
        if (extensionBuiltBeforeYear != null && (extensionBuiltBeforeYear < builtBeforeYear || extensionBuiltBeforeYear > 2010)) {
            throw DomainException.invalid("extensionBuiltBeforeYear",
                    "extensionBuiltBeforeYear must be between builtBeforeYear and 2010");
        }
        if (extensionCapPercent != null && (extensionCapPercent < 0 || extensionCapPercent > 100)) {
            throw DomainException.invalid("extensionCapPercent", "a share is between 0 and 100 percent");
        }
        if (backdatingGraceDays != null && (backdatingGraceDays < 0 || backdatingGraceDays > 60)) {
            throw DomainException.invalid("backdatingGraceDays", "backdatingGraceDays must be between 0 and 60");
        }
    }

    /** With the default grace for claimed dates and evidence required. */
    public SetJurisdictionPolicyCommand(JurisdictionCode jurisdiction, String version, int builtBeforeYear,
                                        String consentPolicy, int noticeWorkingDays, int minimumResidentSharePercent,
                                        Integer extensionBuiltBeforeYear, Integer extensionCapPercent) {
        this(jurisdiction, version, builtBeforeYear, consentPolicy, noticeWorkingDays, minimumResidentSharePercent,
                extensionBuiltBeforeYear, extensionCapPercent, null, null);
    }

    /** With docs/DOMAIN.md's extension: before 2005 (or the cut-off, if later), within 15% of the programme. */
    public SetJurisdictionPolicyCommand(JurisdictionCode jurisdiction, String version, int builtBeforeYear,
                                        String consentPolicy, int noticeWorkingDays, int minimumResidentSharePercent) {
        this(jurisdiction, version, builtBeforeYear, consentPolicy, noticeWorkingDays, minimumResidentSharePercent,
                null, null);
    }

    @TargetAggregateIdentifier
    public String registerId() {
        return REGISTER_ID;
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
