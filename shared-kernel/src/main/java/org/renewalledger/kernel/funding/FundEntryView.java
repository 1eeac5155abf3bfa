package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a fund's trail. {@code counterparty} is the fund above (a receipt) or the fund or project below
 * (an allocation), with its matching entry; a reversal counts against the kind it reverses, with a negative amount.
 */
public record FundEntryView(
        long sequence,
        Long globalPosition,
        String eventType,
        String entryId,
        String entryType,
        BigDecimal amount,
        String counterparty,
        String counterpartyEntryId,
        String reversesEntryId,
        String note,
        String idempotencyKey,
        Instant recordedAt,
        String actorId,
        String actorRole,
        String actorJurisdiction,
        String correlationId,
        String causationId,
        String policyVersion) {
}
