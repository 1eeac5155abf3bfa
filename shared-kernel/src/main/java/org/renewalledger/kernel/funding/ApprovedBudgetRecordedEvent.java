package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import java.util.List;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * The ledger knows the budget and the funding plan (by source) its compound's scheme was approved with: the cap on
 * its allocations and the plan the reconciliation compares the ledger with.
 */
@Revision("1")
public record ApprovedBudgetRecordedEvent(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        CompoundId compoundId,
        Money budget,
        List<SourceAmount> plan) implements ProjectFundingEvent {
}
