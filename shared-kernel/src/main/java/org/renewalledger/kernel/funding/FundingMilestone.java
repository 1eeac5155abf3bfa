package org.renewalledger.kernel.funding;

/**
 * The project milestones that release subsidy tranches. The funding ledger learns them through
 * {@link RecordFundingMilestoneCommand}, fed from the project lifecycle, so that funding does not depend
 * on the lifecycle's code.
 */
public enum FundingMilestone {
    /** 开工 */
    CONSTRUCTION_STARTED,
    /** 竣工验收 */
    COMPLETION_ACCEPTED,
    /** 竣工决算 */
    FINAL_ACCOUNTS_SUBMITTED
}
