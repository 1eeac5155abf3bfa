package org.renewalledger.kernel.assessment;

import java.time.LocalDate;

/**
 * A compound the unit's annual plan names, in the month's explanation: its batch, when its construction started (null
 * when not yet in the plan year), the day it is due to have started (the plan's deadline; null for the 谋划 and 储备
 * batches, which are not due in the plan year), and its status. {@code start} is the start event, or null.
 */
public record PlanCompoundLine(String compoundId, PlanTier tier, Status status, LocalDate startedOn, LocalDate dueOn, FactRef start) {

    /** Where a named compound stands at the month's end. */
    public enum Status {
        /** Its construction started. */
        STARTED,
        /** Not started, and not due yet (or not due at all: a 谋划 or 储备 compound). */
        PENDING,
        /** An implement (实施) compound not started by its due date: it counts against the unit. */
        NOT_STARTED
    }
}
