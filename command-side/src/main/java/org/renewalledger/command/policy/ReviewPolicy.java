package org.renewalledger.command.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The periods of the inspection procedure (政府督查工作条例): a unit may object within {@code objectionDays}
 * of the written conclusion, and the objection is decided within {@code decisionDays} of its receipt.
 *
 * <p>Calendar days, not working days: the ordinance says 30日 (days), and Chinese administrative law counts
 * 日 as calendar days where it does not say 工作日 (as the five-working-day public notice does). The day of
 * the conclusion (or of the objection) does not count: a conclusion issued on 1 March may be objected to
 * until 31 March inclusive. (Statutes extend a period ending on a holiday to the next working day; the
 * ordinance does not, so neither does the default — a jurisdiction wanting it would add a policy version.)
 */
public record ReviewPolicy(String version, int objectionDays, int decisionDays) {

    public static final ReviewPolicy DEFAULT = new ReviewPolicy("review-2026.1", 30, 30);

    public ReviewPolicy {
        Objects.requireNonNull(version, "version");
        if (objectionDays < 1 || decisionDays < 1) {
            throw new IllegalArgumentException("Periods are at least one day");
        }
    }

    /** The last day on which the unit may object to a conclusion issued on {@code issuedOn}. */
    public LocalDate objectionDeadline(LocalDate issuedOn) {
        return issuedOn.plusDays(objectionDays);
    }

    /** The last day on which an objection received on {@code lodgedOn} is to be decided. */
    public LocalDate decisionDeadline(LocalDate lodgedOn) {
        return lodgedOn.plusDays(decisionDays);
    }
}
