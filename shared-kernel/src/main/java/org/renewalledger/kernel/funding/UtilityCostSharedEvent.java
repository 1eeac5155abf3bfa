package org.renewalledger.kernel.funding;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** A pipeline work's cost was split by the cost-share policy; each share is an allocation from its source. {@code rule} quotes the policy version, percentages and rounding rule. */
@Revision("1")
public record UtilityCostSharedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        UtilityWork work,
        Money totalCost,
        String utilityCompany,
        List<SourceAmount> shares,
        String rule,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
