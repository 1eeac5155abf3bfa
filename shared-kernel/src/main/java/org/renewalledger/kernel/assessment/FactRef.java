package org.renewalledger.kernel.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event behind a figure of the assessment (explainability): the event's id and type, when it was
 * recorded and by whom, what it is about ({@code subject}: a compound, project, plan or report), the
 * business date it counts on, and the value it contributes (households, fen, or 1).
 */
public record FactRef(String eventId, String eventType, Instant recordedAt, String actorId, String actorRole,
                      String subject, LocalDate effectiveOn, long value) {
}
