package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/**
 * A county fund allocated money to the project (资金下达 from {@code fundId}, entry {@code fundEntryId}); it counts
 * as an allocation from the fund's source. It is corrected only by reversing the fund's entry.
 */
@Revision("1")
public record FundsReceivedFromFundEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        FundId fundId,
        String fundEntryId,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
