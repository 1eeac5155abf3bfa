package org.renewalledger.kernel.common;

/**
 * How a date a client claims (a notice's first day, a milestone's date) stands against the day the server
 * recorded it. A claim later than the policy's grace, or falling in an assessment month already closed, is
 * taken only with a {@code reason}, and the event keeps both flags so the timeline and the assessment's
 * explanation show that the fact was reported after the event, not witnessed as it happened.
 *
 * @param backdated     the claimed date lies more than the policy's grace before the day it was recorded
 * @param inClosedMonth the claimed date falls in an assessment month whose ranking was already closed
 * @param reason        why the date is late (required when either flag is set, otherwise absent)
 */
public record DateClaim(boolean backdated, boolean inClosedMonth, String reason) {

    /** A date claimed within the grace, in an open month: nothing to explain. */
    public static final DateClaim ON_TIME = new DateClaim(false, false, null);

    public DateClaim {
        reason = reason == null || reason.isBlank() ? null : Require.text("backdatingReason", reason, 500);
    }

    /** True when the claim needed a reason: the fact was reported late or into a closed month. */
    public boolean flagged() {
        return backdated || inClosedMonth;
    }
}
