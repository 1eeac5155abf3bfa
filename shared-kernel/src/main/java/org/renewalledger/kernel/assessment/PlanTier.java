package org.renewalledger.kernel.assessment;

/** The three batches of a renovation plan: 实施一批、谋划一批、储备一批 (seed 001, the annual plan's principle). */
public enum PlanTier {
    /** 实施: to be renovated in the plan year; the plan's starts are these compounds. */
    IMPLEMENT,
    /** 谋划: being prepared for the next year. */
    PREPARE,
    /** 储备: in reserve. */
    RESERVE
}
