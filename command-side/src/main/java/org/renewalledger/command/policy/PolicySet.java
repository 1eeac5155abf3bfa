package org.renewalledger.command.policy;

import java.util.Objects;

/**
 * The numbered rules in force, under one version name. Every command is stamped with this version, and
 * its events keep it, so an auditor can tell which rules decided what.
 *
 * <p>The shipped default is {@code default-2026.2}: the notice counted from the day after posting (Civil Code
 * Art. 201, one rule for every period), claimed dates within three days, evidence required. {@code default-2026.1}
 * counted the posting day as day 1; notices decided under it keep the last day their event recorded.
 */
public record PolicySet(String version, EligibilityPolicy eligibility, ConsentPolicy consent, NoticePolicy notice,
                        FundingPolicy funding, MaintenanceFundPolicy maintenanceFund,
                        ElevatorConsentPolicy elevatorConsent, BackdatingPolicy backdating, EvidencePolicy evidence) {

    public static final String DEFAULT_VERSION = "default-2026.2";
    public static final PolicySet DEFAULT = new PolicySet(DEFAULT_VERSION, EligibilityPolicy.DEFAULT);

    public PolicySet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(maintenanceFund, "maintenanceFund");
        Objects.requireNonNull(elevatorConsent, "elevatorConsent");
        Objects.requireNonNull(backdating, "backdating");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** With docs/DOMAIN.md's grace for claimed dates and evidence required. */
    public PolicySet(String version, EligibilityPolicy eligibility, ConsentPolicy consent, NoticePolicy notice,
                     FundingPolicy funding, MaintenanceFundPolicy maintenanceFund, ElevatorConsentPolicy elevatorConsent) {
        this(version, eligibility, consent, notice, funding, maintenanceFund, elevatorConsent, BackdatingPolicy.DEFAULT,
                EvidencePolicy.DEFAULT);
    }

    /** The defaults of docs/DOMAIN.md for everything but eligibility. */
    public PolicySet(String version, EligibilityPolicy eligibility) {
        this(version, eligibility, ConsentPolicy.DOUBLE_TWO_THIRDS, NoticePolicy.DEFAULT, FundingPolicy.DEFAULT,
                MaintenanceFundPolicy.DEFAULT, ElevatorConsentPolicy.DEFAULT);
    }

    public PolicySet withConsent(String version, ConsentPolicy consent) {
        return new PolicySet(version, eligibility, consent, notice, funding, maintenanceFund, elevatorConsent, backdating,
                evidence);
    }

    public PolicySet withEvidence(String version, EvidencePolicy evidence) {
        return new PolicySet(version, eligibility, consent, notice, funding, maintenanceFund, elevatorConsent, backdating,
                evidence);
    }
}
