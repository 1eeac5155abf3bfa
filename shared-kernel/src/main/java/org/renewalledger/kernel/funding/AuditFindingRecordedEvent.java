package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** An auditor found an amount from one source used against the rules; it moves no money. */
@Revision("1")
public record AuditFindingRecordedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        String finding,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
