package org.renewalledger.kernel.funding;

/**
 * Where money for a renovation comes from (docs/DOMAIN.md, "Money"): one word per source for a scheme's funding plan
 * and for every ledger entry, so that the plan and the ledger reconcile by source. The names are part of stored
 * identities (a fund id is {@code <holder>-<SOURCE>-<year>}), so a name never changes without an upcaster.
 * {@link #fromResidents()} marks the residents' share.
 */
public enum FundingSource {
    /** 中央补助 */
    CENTRAL_SUBSIDY(false),
    /** 省级补助 */
    PROVINCIAL_SUBSIDY(false),
    /** 本级财政 */
    LOCAL_BUDGET(false),
    /** 专项债: special-purpose bonds */
    SPECIAL_BONDS(false),
    /** 政策性银行贷款 */
    POLICY_BANK_LOAN(false),
    /** 居民直接出资 */
    RESIDENT_CONTRIBUTION(true),
    /** 住宅专项维修资金: the owners' housing maintenance fund */
    MAINTENANCE_FUND(true),
    /** 住房公积金提取: owners' withdrawals from their housing provident fund accounts */
    PROVIDENT_FUND(true),
    /** 小区公共收益 */
    COMPOUND_PUBLIC_REVENUE(true),
    /** 管线单位 */
    UTILITY_COMPANY(false),
    /** 原产权单位: the employer that originally owned the housing, not the flats' owners (业主) */
    ORIGINAL_PROPERTY_OWNER(false),
    /** 社会资本 */
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
