package org.renewalledger.kernel.funding;

/**
 * The answer to a money command: the ledger entry it recorded. {@code replayed} is true when the command
 * repeated an idempotency key already processed, so nothing new was written and this is the first answer.
 */
public record LedgerEntryReceipt(String projectId, String entryId, boolean replayed) implements EntryReceipt {

    @Override
    public String ledgerId() {
        return projectId;
    }
}
