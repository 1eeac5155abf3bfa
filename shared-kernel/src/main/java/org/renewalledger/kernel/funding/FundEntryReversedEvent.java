package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/**
 * A fund entry was reversed in full by this new entry (红字冲销). Reversing an allocation down reverses the
 * receiving side's entry in the same transaction; {@code counterpartEntryId} names that reversal.
 */
@Revision("1")
public record FundEntryReversedEvent(
        FundId fundId,
        String entryId,
        String reversedEntryId,
        FundEntryKind reversedKind,
        Money amount,
        String counterpartEntryId,
        String reason,
        IdempotencyKey idempotencyKey) implements FundEvent {
}
