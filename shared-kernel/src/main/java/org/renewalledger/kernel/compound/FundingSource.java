package org.renewalledger.kernel.compound;

/** Where a scheme's money comes from (DOMAIN.md, "Money"); {@link #fromResidents()} marks the residents' share. */
public enum FundingSource {
    CENTRAL_SUBSIDY(false),
    PROVINCIAL_SUBSIDY(false),
    LOCAL_BUDGET(false),
    SPECIAL_BOND(false),
    POLICY_BANK_LOAN(false),
    RESIDENT_CONTRIBUTION(true),
    HOUSING_MAINTENANCE_FUND(true),
    PROVIDENT_FUND_WITHDRAWAL(true),
    COMPOUND_PUBLIC_REVENUE(true),
    UTILITY_COMPANY(false),
    ORIGINAL_EMPLOYER(false),
    SOCIAL_CAPITAL(false);

    private final boolean fromResidents;

    FundingSource(boolean fromResidents) {
        this.fromResidents = fromResidents;
    }

    /** Counts towards the residents' share (居民出资: direct contribution, their maintenance and provident funds, public revenue). */
    public boolean fromResidents() {
        return fromResidents;
    }
}
