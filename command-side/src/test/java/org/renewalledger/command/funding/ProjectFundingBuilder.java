package org.renewalledger.command.funding;

import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingMilestoneRecordedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;

/**
 * Test data for one project's funding ledger in county 520523:
 * {@code aProject().allocated("1000.00", "alloc-1")}, {@code aProject().disbursement("0.01", "pay-1")}.
 */
final class ProjectFundingBuilder {

    static final String PROJECT = "520523001-001-2026";
    static final String CONTRACTOR = "黔建集团";

    private final ProjectId projectId = ProjectId.of(PROJECT);
    private JurisdictionCode county = JurisdictionCode.of("520523");
    private FundingSource source = FundingSource.CENTRAL_SUBSIDY;

    static ProjectFundingBuilder aProject() {
        return new ProjectFundingBuilder();
    }

    ProjectFundingBuilder from(FundingSource source) {
        this.source = source;
        return this;
    }

    ProjectFundingBuilder inCounty(String county) {
        this.county = JurisdictionCode.of(county);
        return this;
    }

    AllocateFundsCommand allocation(String yuan, String key) {
        return new AllocateFundsCommand(projectId, county, source, Money.ofYuan(yuan), IdempotencyKey.of(key));
    }

    FundsAllocatedEvent allocated(int entry, String yuan, String key) {
        return new FundsAllocatedEvent(projectId, entryId(entry), county, source, Money.ofYuan(yuan), IdempotencyKey.of(key));
    }

    DisburseSubsidyCommand disbursement(String yuan, String key) {
        return new DisburseSubsidyCommand(projectId, county, source, Money.ofYuan(yuan), CONTRACTOR, IdempotencyKey.of(key));
    }

    SubsidyDisbursedEvent disbursed(int entry, String yuan, String key, int tranche, String rule) {
        return new SubsidyDisbursedEvent(projectId, entryId(entry), county, source, Money.ofYuan(yuan), CONTRACTOR,
                tranche, rule, IdempotencyKey.of(key));
    }

    RecordFundingMilestoneCommand milestone(FundingMilestone milestone) {
        return new RecordFundingMilestoneCommand(projectId, county, milestone);
    }

    FundingMilestoneRecordedEvent reached(FundingMilestone milestone) {
        return new FundingMilestoneRecordedEvent(projectId, county, milestone);
    }

    /** Every milestone, so that the whole allocation is released. */
    Object[] completed() {
        return new Object[] {reached(FundingMilestone.CONSTRUCTION_STARTED), reached(FundingMilestone.COMPLETION_ACCEPTED),
                reached(FundingMilestone.FINAL_ACCOUNTS_SUBMITTED)};
    }

    static String entryId(int entry) {
        return PROJECT + "-E" + entry;
    }
}
