package org.renewalledger.query.funding;

import java.time.Instant;

/** One row of {@code funding_ledger_entry} as the projection writes it: the event, its place and its metadata. */
record LedgerRow(
        String projectId,
        long sequence,
        Long globalPosition,
        String eventId,
        String entryId,
        String type,
        String jurisdictionCode,
        String source,
        long amountFen,
        String recipient,
        Integer tranche,
        String rule,
        String milestone,
        String idempotencyKey,
        Instant recordedAt,
        EventContext context) {

    /** Who, why and under which policy, as the event's metadata carries them. */
    record EventContext(String actorId, String actorRole, String actorJurisdiction, String correlationId,
                        String causationId, String policyVersion) {
    }
}
