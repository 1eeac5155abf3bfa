package org.renewalledger.kernel.funding;

/** The answer to a fund command: the entry it recorded; {@code replayed} when the key was already processed. */
public record FundEntryReceipt(String fundId, String entryId, boolean replayed) implements EntryReceipt {

    @Override
    public String ledgerId() {
        return fundId;
    }
}
