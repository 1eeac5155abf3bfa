package org.renewalledger.kernel.funding;

/** A funding event that is a ledger entry: numbered in the project's ledger and recorded under an idempotency key. */
public interface MoneyEntryEvent {

    String entryId();

    IdempotencyKey idempotencyKey();
}
