package org.renewalledger.kernel.funding;

import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * Everything that happens to a project's funding ledger. Processors sequence by {@link #projectId()}, so
 * one project's entries are handled in order while different projects go in parallel.
 */
public sealed interface ProjectFundingEvent
        permits FundsAllocatedEvent, SubsidyDisbursedEvent, FundingMilestoneRecordedEvent, ExpenditureRecordedEvent,
        ResidentContributionRecordedEvent, UtilityCostSharedEvent, AuditFindingRecordedEvent, FundsClawedBackEvent,
        EntryReversedEvent, FundsReceivedFromFundEvent, FundingLinkedToCompoundEvent,
        ApprovedBudgetRecordedEvent, BudgetOverrideRecordedEvent, CostFigureRecordedEvent {

    ProjectId projectId();

    /** The county whose finance bureau funds the project. */
    JurisdictionCode jurisdiction();
}
