package org.renewalledger.command.policy;

import java.time.LocalDate;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * How the date a client claims for a fact stands against the server's today (a Beijing date from the injected
 * clock). A date after today is refused: a fact is recorded once it has happened. A date more than
 * {@code graceDays} before today, or in an assessment month already closed, is reported late: it is taken only
 * with a reason, and the event says so ({@link DateClaim}). The grace is a jurisdiction's choice, versioned with
 * its other rules; the shipped default is three days (a weekend and a day to file).
 */
public record BackdatingPolicy(int graceDays) {

    public static final BackdatingPolicy DEFAULT = new BackdatingPolicy(3);

    public BackdatingPolicy {
        if (graceDays < 0) {
            throw new IllegalArgumentException("The grace is zero days or more");
        }
    }

    /**
     * Judges one claimed date.
     *
     * @param field         the request field holding the date, named in a refusal
     * @param inClosedMonth the date falls in an assessment month already closed for the compound's units
     * @param reason        the client's reason for a late date, or null
     */
    public DateClaim judge(String field, LocalDate claimed, LocalDate today, boolean inClosedMonth, String reason) {
        if (claimed.isAfter(today)) {
            throw new DomainException(ErrorCode.CLAIMED_DATE_IN_FUTURE,
                    field + " " + claimed + " lies after today (" + today + ")", field);
        }
        boolean backdated = claimed.isBefore(today.minusDays(graceDays));
        if (!backdated && !inClosedMonth) {
            return new DateClaim(false, false, reason);
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ErrorCode.BACKDATING_REASON_REQUIRED, field + " " + claimed
                    + (backdated ? " lies more than " + graceDays + " days before today (" + today + ")" : "")
                    + (backdated && inClosedMonth ? " and" : "")
                    + (inClosedMonth ? " falls in an assessment month already closed (its ranking changes only by an "
                    + "explicit reissue)" : "")
                    + "; send backdatingReason", "backdatingReason");
        }
        return new DateClaim(backdated, inClosedMonth, reason);
    }

    public String rule() {
        return "claimed dates up to " + graceDays + " days back without a reason";
    }
}
