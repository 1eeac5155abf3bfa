package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** The implementing entity spent money disbursed from one source (支出). */
@Revision("1")
public record ExpenditureRecordedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        String payee,
        String purpose,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
