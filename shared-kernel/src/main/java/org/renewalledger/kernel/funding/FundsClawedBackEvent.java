package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** Money named by an audit finding was recovered from the implementing entity to its source (追回). */
@Revision("1")
public record FundsClawedBackEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        String findingEntryId,
        FundingSource source,
        Money amount,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
