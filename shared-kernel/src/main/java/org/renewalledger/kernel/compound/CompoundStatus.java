package org.renewalledger.kernel.compound;

/**
 * Where a compound's renovation stands (docs/DOMAIN.md, "Lifecycle"), in the order a project passes through
 * them. Each command is allowed only from the stages its rule names; the declaration order is the
 * pipeline order that dashboards count by.
 */
public enum CompoundStatus {
    /** Surveyed and admitted to the programme (摸底入库). */
    SURVEYED,
    /** Residents' willingness surveyed (改造意愿). */
    WISHES_SURVEYED,
    /** The owners applied in writing (居民提出申请). */
    APPLIED,
    /** An initial scheme with items, budget and funding plan is on file (初步方案). */
    SCHEME_SUBMITTED,
    /** The scheme is posted in the compound (公示). */
    NOTICE_PUBLISHED,
    /** The housing bureau approved the scheme (方案审定). */
    SCHEME_APPROVED,
    /** Entered into an annual renovation plan (年度改造计划). */
    PLANNED,
    /** Design, budget review, tender and contract under way. */
    IN_PREPARATION,
    /** Works started (开工). */
    UNDER_CONSTRUCTION,
    /** Completion accepted with residents' representatives (竣工验收). */
    COMPLETED,
    /** Final accounts and settlement audit done (竣工决算, 结算审计). */
    SETTLED,
    /** Archived and handed over (移交). */
    HANDED_OVER,
    /** Long-term management set up (长效管理). */
    UNDER_LONG_TERM_MANAGEMENT
}
