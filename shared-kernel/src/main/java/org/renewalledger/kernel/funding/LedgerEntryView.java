package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One event of a funding ledger as the audit trail shows it: what happened (type, source, amount, the rule
 * that allowed it), who (actor, role, jurisdiction), when (the event's own time), why (correlation and
 * causation ids), under which policy version, and where it sits in the project's stream and the event
 * store ({@code sequence}, {@code globalPosition}, {@code eventId}). {@code type} is what the line counts
 * towards; a reversal ({@code eventType} EntryReversed) carries the type it reverses with a negative amount.
 */
public record LedgerEntryView(
        String projectId,
        long sequence,
        int line,
        Long globalPosition,
        String eventId,
        String eventType,
        String entryId,
        String type,
        String jurisdictionCode,
        String source,
        BigDecimal amount,
        String recipient,
        Integer tranche,
        String rule,
        String milestone,
        String note,
        String reversesEntryId,
        String idempotencyKey,
        Instant recordedAt,
        String actorId,
        String actorRole,
        String actorJurisdiction,
        String correlationId,
        String causationId,
        String policyVersion) {
}
