package org.renewalledger.kernel.funding;

/** The answer to any money command, a project's or a fund's: which ledger, which entry, and whether it was a retry. */
public interface EntryReceipt {

    /** The project or fund whose ledger holds the entry. */
    String ledgerId();

    String entryId();

    boolean replayed();
}
