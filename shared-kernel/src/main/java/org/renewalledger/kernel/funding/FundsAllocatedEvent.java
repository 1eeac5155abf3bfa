package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** Money from one source was allocated to the project (资金下达). */
@Revision("1")
public record FundsAllocatedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
