package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** Residents contributed directly to the project (居民出资): an allocation from RESIDENT_CONTRIBUTION. */
@Revision("1")
public record ResidentContributionRecordedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        Money amount,
        int households,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
