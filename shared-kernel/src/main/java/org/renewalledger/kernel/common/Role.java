package org.renewalledger.kernel.common;

/** The roles of docs/DOMAIN.md ("Who uses it"). Each actor has exactly one, scoped to a jurisdiction. */
public enum Role {
    /** 街道办事处 / 乡镇: surveys compounds, records consent, publishes notices. */
    STREET_OFFICE,
    /** 住房和城乡建设局: leads the programme, approves schemes, runs the monthly assessment. */
    HOUSING_BUREAU,
    /** 财政局: allocates and disburses funds. */
    FINANCE_BUREAU,
    /** 实施主体 / 建设单位: designs, tenders, builds, reports progress. */
    IMPLEMENTING_ENTITY,
    /** 管线单位: renovates pipelines, pays its cost share. */
    UTILITY_COMPANY,
    /** 审计局: follows the money, records findings. */
    AUDITOR,
    /** 督查室 / 纪委: reviews lagging units. */
    DISCIPLINE_OFFICE,
    /** 业主委员会: applies, consents, runs long-term management. */
    OWNERS_COMMITTEE,
    /** Operates the system. */
    ADMINISTRATOR
}
