package org.renewalledger.command.funding;

import java.util.List;
import java.util.Optional;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.ProjectId;

/**
 * What the {@link LifecycleMilestoneRelay} remembers between events: which project ledgers fund a compound, and
 * which tranche-gating milestones the compound has reached, and
 * the budget and funding plan its scheme was approved with. Each is recorded once, however often it is told,
 * in the transaction of the event that told it.
 */
public interface FundedCompounds {

    /** A project ledger that funds a compound, under its county. */
    record FundingProject(ProjectId project, JurisdictionCode county) {
    }

    /** The budget and funding plan a compound's scheme was approved with. */
    record ApprovedScheme(Money budget, List<SourceAmount> plan) {
    }

    void link(CompoundId compound, ProjectId project, JurisdictionCode county);

    /** The funding plan of the compound's latest submitted scheme. */
    void planned(CompoundId compound, List<SourceAmount> plan);

    /** The compound's scheme was approved with this budget (its plan is the latest submitted one). */
    void approved(CompoundId compound, Money budget);

    /** The approved budget and plan, when the compound's scheme is approved. */
    Optional<ApprovedScheme> approvalOf(CompoundId compound);

    void reached(CompoundId compound, FundingMilestone milestone);

    /** The milestones the compound has reached, in no particular order. */
    List<FundingMilestone> milestonesOf(CompoundId compound);

    /** The ledgers linked to the compound, by project id. */
    List<FundingProject> projectsFunding(CompoundId compound);
}
