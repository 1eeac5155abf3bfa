package org.renewalledger.command.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;

/**
 * The policy each jurisdiction applies: its county's if set, else its city's, else its province's, else
 * the default set from configuration. Aggregates read it as reference data, in memory, so deciding never
 * does I/O; {@link PolicyStreamFollower} brings it to the policy register's head before each command.
 */
public final class PolicyBook {

    private final PolicySet defaults;
    private final Map<JurisdictionCode, PolicySet> byJurisdiction = new ConcurrentHashMap<>();

    private PolicyBook(PolicySet defaults) {
        this.defaults = defaults;
    }

    public static PolicyBook withDefaults(PolicySet defaults) {
        return new PolicyBook(defaults);
    }

    public PolicySet defaults() {
        return defaults;
    }

    /** The policy for a compound in this county (or any code inside it): nearest jurisdiction up the hierarchy. */
    public PolicySet forJurisdiction(JurisdictionCode code) {
        String digits = code.value();
        for (String candidate : new String[] {digits.substring(0, 6), digits.substring(0, 4) + "00", digits.substring(0, 2) + "0000"}) {
            PolicySet set = byJurisdiction.get(JurisdictionCode.of(candidate));
            if (set != null) {
                return set;
            }
        }
        return defaults;
    }

    /** Applies a policy-register event: the jurisdiction's rules from then on, under the event's version. */
    public PolicyBook apply(JurisdictionPolicySetEvent event) {
        byJurisdiction.put(event.jurisdiction(), new PolicySet(event.version(),
                eligibility(event), ConsentPolicy.named(event.consentPolicy()),
                new NoticePolicy(event.noticeWorkingDays(), PeriodCounting.named(event.noticeCounting())),
                new FundingPolicy(Threshold.atLeast(event.minimumResidentSharePercent(), 100)),
                defaults.maintenanceFund(), defaults.elevatorConsent(),
                event.backdatingGraceDays() == null ? defaults.backdating() : new BackdatingPolicy(event.backdatingGraceDays()),
                event.evidenceRequired() == null ? defaults.evidence() : new EvidencePolicy(event.evidenceRequired())));
        return this;
    }

    /** The event's cut-off and extension; an extension field it does not carry takes docs/DOMAIN.md's value. */
    private static EligibilityPolicy eligibility(JurisdictionPolicySetEvent event) {
        EligibilityPolicy domain = new EligibilityPolicy(event.builtBeforeYear());
        return new EligibilityPolicy(event.builtBeforeYear(),
                event.extensionBuiltBeforeYear() == null ? domain.extensionBuiltBeforeYear() : event.extensionBuiltBeforeYear(),
                event.extensionCapPercent() == null ? domain.extensionCap() : new EligibilityPolicy.Cap(event.extensionCapPercent(), 100));
    }
}
