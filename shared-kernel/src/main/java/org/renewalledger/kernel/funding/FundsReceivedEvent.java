package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/** The level above allocated money into this fund; {@code fromEntryId} is the matching entry in {@code fromFund}. */
@Revision("1")
public record FundsReceivedEvent(
        FundId fundId,
        String entryId,
        FundId fromFund,
        String fromEntryId,
        Money amount,
        IdempotencyKey idempotencyKey) implements FundEvent {
}
