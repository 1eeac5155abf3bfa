package org.renewalledger.kernel.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.renewalledger.kernel.common.DateClaim;

/**
 * One event behind a figure of the assessment (explainability): the event's id and type, when it was
 * recorded and by whom, what it is about ({@code subject}: a compound, project, plan or report), the
 * business date it counts on, and the value it contributes (households, fen, or 1).
 *
 * <p>{@code dateClaim} is how the business date stood against the day the server recorded it, on facts whose date a
 * client claims (a start or completion milestone): backdated beyond the policy's grace, in an assessment month
 * already closed, and the reason given (docs/ASSESSMENT.md). A reader sees from it that a start counted on a date
 * the server did not witness. Null on facts dated by the server itself (registrations, money) and on milestone
 * facts projected before the claim was kept.
 */
public record FactRef(String eventId, String eventType, Instant recordedAt, String actorId, String actorRole,
                      String subject, LocalDate effectiveOn, long value, DateClaim dateClaim) {

    /** A fact whose date the server witnessed: nothing claimed. */
    public FactRef(String eventId, String eventType, Instant recordedAt, String actorId, String actorRole,
                   String subject, LocalDate effectiveOn, long value) {
        this(eventId, eventType, recordedAt, actorId, actorRole, subject, effectiveOn, value, null);
    }
}
