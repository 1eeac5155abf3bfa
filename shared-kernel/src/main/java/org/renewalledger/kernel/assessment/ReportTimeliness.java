package org.renewalledger.kernel.assessment;

/** Where a unit's monthly report (月报) stands against its due date. */
public enum ReportTimeliness {
    /** Submitted on or before the due date. */
    ON_TIME,
    /** Submitted after the due date. */
    LATE,
    /** Not submitted, and the due date has passed. */
    MISSING,
    /** Not submitted yet, and not due yet. */
    PENDING
}
