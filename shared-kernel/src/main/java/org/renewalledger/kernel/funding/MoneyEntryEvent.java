package org.renewalledger.kernel.funding;

import org.renewalledger.kernel.common.Money;

/** A funding event that moves money: one ledger entry, tagged by source, recorded under its idempotency key. */
public interface MoneyEntryEvent {

    String entryId();

    FundingSource source();

    Money amount();

    IdempotencyKey idempotencyKey();
}
