package org.renewalledger.command.policy;

import java.util.Objects;

/**
 * The numbered rules in force, under one version name. Every command is stamped with this version, and
 * its events keep it, so an auditor can tell which rules decided what.
 */
public record PolicySet(String version, EligibilityPolicy eligibility, ConsentPolicy consent, NoticePolicy notice,
                        FundingPolicy funding, MaintenanceFundPolicy maintenanceFund,
                        ElevatorConsentPolicy elevatorConsent) {

    public static final PolicySet DEFAULT = new PolicySet("default-2026.1", EligibilityPolicy.DEFAULT);

    public PolicySet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(maintenanceFund, "maintenanceFund");
        Objects.requireNonNull(elevatorConsent, "elevatorConsent");
    }

    /** The defaults of docs/DOMAIN.md for everything but eligibility. */
    public PolicySet(String version, EligibilityPolicy eligibility) {
        this(version, eligibility, ConsentPolicy.DOUBLE_TWO_THIRDS, NoticePolicy.DEFAULT, FundingPolicy.DEFAULT,
                MaintenanceFundPolicy.DEFAULT, ElevatorConsentPolicy.DEFAULT);
    }

    public PolicySet withConsent(String version, ConsentPolicy consent) {
        return new PolicySet(version, eligibility, consent, notice, funding, maintenanceFund, elevatorConsent);
    }
}
