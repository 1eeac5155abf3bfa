package org.renewalledger.kernel.assessment;

/** The rating of a unit's month: 优秀 / 良好 / 合格 / 不合格. Cut-offs and caps are policy. */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL
}
