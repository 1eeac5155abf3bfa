package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/** The fund's holder committed money of the fund's source and year to it (预算安排). */
@Revision("1")
public record FundsCommittedEvent(
        FundId fundId,
        String entryId,
        Money amount,
        IdempotencyKey idempotencyKey) implements FundEvent {
}
