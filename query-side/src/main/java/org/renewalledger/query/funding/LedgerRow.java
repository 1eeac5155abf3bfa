package org.renewalledger.query.funding;

import java.time.Instant;

/**
 * One row of {@code funding_ledger_entry}: one line of one funding event (most events have one line; a
 * cost share or a reversal has one per source), with the event's place in the store and its metadata.
 */
record LedgerRow(
        Place place,
        int line,
        String eventType,
        String entryId,
        String entryType,
        String jurisdictionCode,
        String source,
        long amountFen,
        Details details) {

    /** Where and when the event was recorded, and by whom, why and under which policy. */
    record Place(String projectId, long sequence, Long globalPosition, String eventId, Instant recordedAt,
                 String actorId, String actorRole, String actorJurisdiction, String correlationId, String causationId,
                 String policyVersion) {

        LedgerRow row(int line, String eventType, String entryId, String entryType, String jurisdictionCode, String source,
                      long amountFen, Details details) {
            return new LedgerRow(this, line, eventType, entryId, entryType, jurisdictionCode, source, amountFen, details);
        }
    }

    /** What else the entry says; every field optional. */
    record Details(String recipient, Integer tranche, String rule, String milestone, String note, String reversesEntryId,
                   String idempotencyKey, String fundId) {

        static Details keyed(String idempotencyKey) {
            return new Details(null, null, null, null, null, null, idempotencyKey, null);
        }

        Details recipient(String value) {
            return new Details(value, tranche, rule, milestone, note, reversesEntryId, idempotencyKey, fundId);
        }

        Details tranche(int value, String trancheRule) {
            return new Details(recipient, value, trancheRule, milestone, note, reversesEntryId, idempotencyKey, fundId);
        }

        Details rule(String value) {
            return new Details(recipient, tranche, value, milestone, note, reversesEntryId, idempotencyKey, fundId);
        }

        Details milestone(String value) {
            return new Details(recipient, tranche, rule, value, note, reversesEntryId, idempotencyKey, fundId);
        }

        Details note(String value) {
            return new Details(recipient, tranche, rule, milestone, value, reversesEntryId, idempotencyKey, fundId);
        }

        /** The county fund an allocation came from (or, on a reversal, the fund of the entry it reverses). */
        Details fund(String value) {
            return new Details(recipient, tranche, rule, milestone, note, reversesEntryId, idempotencyKey, value);
        }

        Details reverses(String entryId) {
            return new Details(recipient, tranche, rule, milestone, note, entryId, idempotencyKey, fundId);
        }
    }
}
