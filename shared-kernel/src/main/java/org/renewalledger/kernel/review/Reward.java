package org.renewalledger.kernel.review;

/**
 * A reward for a unit that did well (DOMAIN.md, "Performance assessment and accountability"; the district seed:
 * 对工作积极主动、成效显著的给予政策、资金倾斜、单位目标绩效加分; the county seed: 对推进快、效果好的单位予以表彰奖励).
 * Points added (加分) are part of the score itself; these two are proposed on the unit's standing and decided by
 * the review office.
 */
public enum Reward {
    /** 表彰: commendation. */
    COMMENDATION,
    /** 资金倾斜: priority in the allocation of funds. */
    PRIORITY_FUNDING
}
