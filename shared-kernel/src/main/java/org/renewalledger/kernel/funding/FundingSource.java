package org.renewalledger.kernel.funding;

/** Where money for a renovation comes from (DOMAIN.md, "Money"). Every ledger entry names one. */
public enum FundingSource {
    /** 中央补助 */
    CENTRAL_SUBSIDY,
    /** 省级补助 */
    PROVINCIAL_SUBSIDY,
    /** 本级财政 */
    LOCAL_BUDGET,
    /** 专项债 */
    SPECIAL_BONDS,
    /** 政策性银行贷款 */
    POLICY_BANK_LOAN,
    /** 居民直接出资 */
    RESIDENT_CONTRIBUTION,
    /** 住宅专项维修资金 */
    MAINTENANCE_FUND,
    /** 住房公积金提取 */
    PROVIDENT_FUND,
    /** 小区公共收益 */
    COMPOUND_PUBLIC_REVENUE,
    /** 管线单位 */
    UTILITY_COMPANY,
    /** 原产权单位 */
    ORIGINAL_PROPERTY_OWNER,
    /** 社会资本 */
    SOCIAL_CAPITAL
}
