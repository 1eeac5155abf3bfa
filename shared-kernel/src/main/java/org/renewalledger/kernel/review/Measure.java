package org.renewalledger.kernel.review;

/**
 * A disciplinary measure against a lagging unit (docs/DOMAIN.md, "Performance assessment and accountability").
 * The first four are the rungs of the escalation ladder, in order; a point deduction is taken alongside
 * any of them. Accountability is issued by referral ({@code ReferForAccountabilityCommand}).
 */
public enum Measure {
    /** 表态发言 / 检讨: self-criticism at the monthly meeting. */
    SELF_CRITICISM,
    /** 约谈: admonishment talk. */
    ADMONISHMENT_TALK,
    /** 通报批评: circular of criticism. */
    CIRCULAR_OF_CRITICISM,
    /** 问责: referral for accountability. */
    ACCOUNTABILITY,
    /** 扣减绩效分: deduction of unit performance points. */
    POINT_DEDUCTION;

    /** The rung above this one on the ladder; accountability is the top. */
    public Measure stepUp() {
        return switch (this) {
            case SELF_CRITICISM -> ADMONISHMENT_TALK;
            case ADMONISHMENT_TALK -> CIRCULAR_OF_CRITICISM;
            case CIRCULAR_OF_CRITICISM, ACCOUNTABILITY -> ACCOUNTABILITY;
            case POINT_DEDUCTION -> POINT_DEDUCTION;
        };
    }
}
