package org.renewalledger.kernel.funding;

/** Everything that happens to a fund; processors sequence by {@link #fundId()}. Every fund event is an entry. */
public sealed interface FundEvent extends MoneyEntryEvent
        permits FundsCommittedEvent, FundsReceivedEvent, FundsAllocatedDownEvent, FundEntryReversedEvent {

    FundId fundId();
}
