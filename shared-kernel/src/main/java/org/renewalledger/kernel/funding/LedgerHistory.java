package org.renewalledger.kernel.funding;

import java.util.List;

/** Ledger entries in the order they were recorded. */
public record LedgerHistory(List<LedgerEntryView> entries) {
}
