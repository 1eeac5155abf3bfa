package org.renewalledger.command.funding;

import java.util.List;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.ProjectId;

/**
 * What the {@link LifecycleMilestoneRelay} remembers between events: which project ledgers fund a compound, and
 * which tranche-gating milestones the compound has reached. Each is recorded once, however often it is told,
 * in the transaction of the event that told it.
 */
public interface FundedCompounds {

    /** A project ledger that funds a compound, under its county. */
    record FundingProject(ProjectId project, JurisdictionCode county) {
    }

    void link(CompoundId compound, ProjectId project, JurisdictionCode county);

    void reached(CompoundId compound, FundingMilestone milestone);

    /** The milestones the compound has reached, in no particular order. */
    List<FundingMilestone> milestonesOf(CompoundId compound);

    /** The ledgers linked to the compound, by project id. */
    List<FundingProject> projectsFunding(CompoundId compound);
}
