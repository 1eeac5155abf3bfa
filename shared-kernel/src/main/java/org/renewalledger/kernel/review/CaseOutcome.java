package org.renewalledger.kernel.review;

/** How a review case ended. */
public enum CaseOutcome {
    /** The required fixes were verified and accepted. */
    RECTIFIED,
    /** The unit's objection was upheld: the conclusion is withdrawn. */
    OBJECTION_UPHELD,
    /** The conclusion stood and needed no rectification (e.g. a self-criticism was made). */
    CONCLUDED_WITHOUT_RECTIFICATION
}
