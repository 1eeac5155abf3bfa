package org.renewalledger.command.funding;

import java.util.List;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.AuditFindingRecordedEvent;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.ExpenditureRecordedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ResidentContributionRecordedEvent;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.UtilityWork;
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

    RecordExpenditureCommand expenditure(String yuan, String key) {
        return new RecordExpenditureCommand(projectId, county, source, Money.ofYuan(yuan), "鑫达建筑", "外墙保温", IdempotencyKey.of(key));
    }

    ExpenditureRecordedEvent spent(int entry, String yuan, String key) {
        return new ExpenditureRecordedEvent(projectId, entryId(entry), county, source, Money.ofYuan(yuan), "鑫达建筑", "外墙保温",
                IdempotencyKey.of(key));
    }

    RecordAuditFindingCommand finding(String yuan, String key) {
        return new RecordAuditFindingCommand(projectId, county, source, Money.ofYuan(yuan), "超标准列支", IdempotencyKey.of(key));
    }

    AuditFindingRecordedEvent found(int entry, String yuan, String key) {
        return new AuditFindingRecordedEvent(projectId, entryId(entry), county, source, Money.ofYuan(yuan), "超标准列支",
                IdempotencyKey.of(key));
    }

    ClawBackFundsCommand clawback(int findingEntry, String yuan, String key) {
        return new ClawBackFundsCommand(projectId, county, entryId(findingEntry), Money.ofYuan(yuan), IdempotencyKey.of(key));
    }

    FundsClawedBackEvent clawedBack(int entry, int findingEntry, String yuan, String key) {
        return new FundsClawedBackEvent(projectId, entryId(entry), county, entryId(findingEntry), source, Money.ofYuan(yuan),
                IdempotencyKey.of(key));
    }

    ReverseEntryCommand reversal(int entry, String key) {
        return new ReverseEntryCommand(projectId, county, entryId(entry), "金额录入错误", IdempotencyKey.of(key));
    }

    EntryReversedEvent reversed(int entry, int reversedEntry, EntryKind kind, String yuan, String key) {
        return new EntryReversedEvent(projectId, entryId(entry), county, entryId(reversedEntry), kind,
                List.of(new SourceAmount(source, Money.ofYuan(yuan))), "金额录入错误", IdempotencyKey.of(key));
    }

    RecordResidentContributionCommand contribution(String yuan, int households, String key) {
        return new RecordResidentContributionCommand(projectId, county, Money.ofYuan(yuan), households, IdempotencyKey.of(key));
    }

    ResidentContributionRecordedEvent contributed(int entry, String yuan, int households, String key) {
        return new ResidentContributionRecordedEvent(projectId, entryId(entry), county, Money.ofYuan(yuan), households,
                IdempotencyKey.of(key));
    }

    ShareUtilityCostCommand utilityCost(UtilityWork work, String yuan, String key) {
        return new ShareUtilityCostCommand(projectId, county, work, Money.ofYuan(yuan), "中国电信金沙分公司", IdempotencyKey.of(key));
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
