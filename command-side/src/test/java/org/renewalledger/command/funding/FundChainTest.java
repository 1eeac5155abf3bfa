package org.renewalledger.command.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renewalledger.command.funding.FundChain.AUDITOR;
import static org.renewalledger.command.funding.FundChain.COUNTY;
import static org.renewalledger.command.funding.FundChain.MINISTRY;
import static org.renewalledger.command.funding.FundChain.PROVINCE;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.AllocateFromFundCommand;
import org.renewalledger.kernel.funding.CommitFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.FundEntryKind;
import org.renewalledger.kernel.funding.FundEntryReceipt;
import org.renewalledger.kernel.funding.FundEntryReversedEvent;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedDownEvent;
import org.renewalledger.kernel.funding.FundsCommittedEvent;
import org.renewalledger.kernel.funding.FundsReceivedEvent;
import org.renewalledger.kernel.funding.FundsReceivedFromFundEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ReverseFundEntryCommand;
import org.renewalledger.kernel.funding.SourceAmount;

/** The fund rules across levels, given/when/then on a real command bus over both aggregates. */
class FundChainTest {

    private static final FundId CENTRAL = FundId.parse("CN-CENTRAL_SUBSIDY-2026");
    private static final FundId GUIZHOU = FundId.parse("520000-CENTRAL_SUBSIDY-2026");
    private static final FundId JINSHA = FundId.parse("520523-CENTRAL_SUBSIDY-2026");
    private static final JurisdictionCode PROVINCE_CODE = JurisdictionCode.of("520000");
    private static final JurisdictionCode COUNTY_CODE = JurisdictionCode.of("520523");
    private static final ProjectId PROJECT = ProjectId.of("520523001-001-2026");

    private final FundChain chain = new FundChain();

    @AfterEach
    void close() {
        chain.close();
    }

    @Test
    void shouldOpenTheFund_whenItsHolderCommits() {
        FundEntryReceipt receipt = chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));

        assertThat(receipt).isEqualTo(new FundEntryReceipt(CENTRAL.value(), "CN-CENTRAL_SUBSIDY-2026-E1", false));
        assertThat(chain.events(CENTRAL.value())).containsExactly(
                new FundsCommittedEvent(CENTRAL, "CN-CENTRAL_SUBSIDY-2026-E1", Money.ofYuan("1000.00"), key("ZY-1")));
    }

    @Test
    void shouldMoveMoneyDownEveryLevel_toTheProject() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "800.00", "ZY-2"));
        chain.send(PROVINCE, toJurisdiction(GUIZHOU, COUNTY_CODE, "500.00", "SJ-1"));
        FundEntryReceipt receipt = chain.send(COUNTY, toProject(JINSHA, "300.00", "XJ-1"));

        assertThat(receipt.entryId()).isEqualTo("520523-CENTRAL_SUBSIDY-2026-E2");
        assertThat(chain.events(CENTRAL.value())).last().isEqualTo(new FundsAllocatedDownEvent(CENTRAL, "CN-CENTRAL_SUBSIDY-2026-E2",
                GUIZHOU, null, "520000-CENTRAL_SUBSIDY-2026-E1", Money.ofYuan("800.00"), key("ZY-2")));
        assertThat(chain.events(GUIZHOU.value())).first().isEqualTo(new FundsReceivedEvent(GUIZHOU, "520000-CENTRAL_SUBSIDY-2026-E1",
                CENTRAL, "CN-CENTRAL_SUBSIDY-2026-E2", Money.ofYuan("800.00"), key("ZY-2")));
        assertThat(chain.events(PROJECT.value())).containsExactly(new FundsReceivedFromFundEvent(PROJECT, PROJECT.value() + "-E1",
                COUNTY_CODE, FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("300.00"), JINSHA, "520523-CENTRAL_SUBSIDY-2026-E2", key("XJ-1")));
    }

    @Test
    void shouldAllocateTheLastFen_whenItReachesWhatWasCommittedExactly() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "999.99", "ZY-2"));

        FundEntryReceipt last = chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "0.01", "ZY-3"));

        assertThat(last.replayed()).isFalse();
        assertThat(chain.events(GUIZHOU.value())).hasSize(2);
    }

    @Test
    void shouldRefuseTheFenAboveWhatWasCommitted_andWriteNothingOnEitherLevel() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "1000.00", "ZY-2"));

        assertRefused(() -> chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "0.01", "ZY-3")),
                ErrorCode.FUND_ALLOCATION_EXCEEDS_AVAILABLE);
        assertThat(chain.events(CENTRAL.value())).hasSize(2);
        assertThat(chain.events(GUIZHOU.value())).hasSize(1);
    }

    @Test
    void shouldRefuseTheFenAboveWhatTheCountyReceived_whenItAllocatesToAProject() {
        fundTheCounty("500.00");
        chain.send(COUNTY, toProject(JINSHA, "500.00", "XJ-1"));

        assertRefused(() -> chain.send(COUNTY, toProject(JINSHA, "0.01", "XJ-2")), ErrorCode.FUND_ALLOCATION_EXCEEDS_AVAILABLE);
        assertThat(chain.events(PROJECT.value())).hasSize(1);
    }

    @Test
    void shouldAnswerTheFirstEntryAndWriteNothing_whenAnAllocationIsRetriedWithItsKey() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        FundEntryReceipt first = chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "800.00", "ZY-2"));

        FundEntryReceipt retry = chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "800.00", "ZY-2"));

        assertThat(retry).isEqualTo(new FundEntryReceipt(CENTRAL.value(), first.entryId(), true));
        assertThat(chain.events(CENTRAL.value())).hasSize(2);
        assertThat(chain.events(GUIZHOU.value())).hasSize(1);
    }

    @Test
    void shouldRefuseTheKey_whenItIsReusedForADifferentAllocation() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "800.00", "ZY-2"));

        assertRefused(() -> chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "800.01", "ZY-2")),
                ErrorCode.IDEMPOTENCY_KEY_REUSED);
        assertRefused(() -> chain.send(MINISTRY, commit(CENTRAL, "800.00", "ZY-2")), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void shouldRefuseSkippingALevel_orLeavingTheHoldersArea() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        assertRefused(() -> chain.send(MINISTRY, toJurisdiction(CENTRAL, COUNTY_CODE, "1.00", "ZY-2")), ErrorCode.FUND_TARGET_NOT_BELOW);
        assertRefused(() -> chain.send(MINISTRY, toProject(CENTRAL, "1.00", "ZY-3")), ErrorCode.FUND_TARGET_NOT_BELOW);
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "500.00", "ZY-4"));
        // 530523 is a county of Yunnan, outside Guizhou (520000).
        assertRefused(() -> chain.send(PROVINCE, toJurisdiction(GUIZHOU, JurisdictionCode.of("530523"), "1.00", "SJ-1")),
                ErrorCode.FUND_TARGET_NOT_BELOW);
    }

    @Test
    void shouldRefuse_whenTheActorIsNotTheFundsFinanceBureau() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));

        assertRefused(() -> chain.send(PROVINCE, toJurisdiction(CENTRAL, PROVINCE_CODE, "1.00", "ZY-2")), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> chain.send(AUDITOR, commit(JINSHA, "1.00", "SJ-9")), ErrorCode.ACCESS_DENIED);
    }

    @Test
    void shouldRefuseAllocating_fromAFundNeverOpened() {
        assertThatThrownBy(() -> chain.send(COUNTY, toProject(JINSHA, "1.00", "XJ-1")))
                .isInstanceOf(org.axonframework.modelling.command.AggregateNotFoundException.class); // the HTTP layer answers 404 FUND_NOT_FOUND
    }

    @Test
    void shouldReverseAnAllocationOnBothLevels_whenTheLowerFundStillHoldsIt() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "800.00", "ZY-2"));

        FundEntryReceipt reversal = chain.send(MINISTRY, reverse(CENTRAL, "CN-CENTRAL_SUBSIDY-2026-E2", "CX-1"));

        assertThat(reversal.entryId()).isEqualTo("CN-CENTRAL_SUBSIDY-2026-E3");
        assertThat(chain.events(CENTRAL.value())).last().isEqualTo(new FundEntryReversedEvent(CENTRAL, "CN-CENTRAL_SUBSIDY-2026-E3",
                "CN-CENTRAL_SUBSIDY-2026-E2", FundEntryKind.ALLOCATION, Money.ofYuan("800.00"), "520000-CENTRAL_SUBSIDY-2026-E2",
                "金额录入错误", key("CX-1")));
        assertThat(chain.events(GUIZHOU.value())).last().isEqualTo(new FundEntryReversedEvent(GUIZHOU, "520000-CENTRAL_SUBSIDY-2026-E2",
                "520000-CENTRAL_SUBSIDY-2026-E1", FundEntryKind.RECEIPT, Money.ofYuan("800.00"), "CN-CENTRAL_SUBSIDY-2026-E3",
                "金额录入错误", key("CX-1")));
        // The whole 1,000.00 is available again: the last fen goes, one more does not.
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "1000.00", "ZY-3"));
        assertRefused(() -> chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "0.01", "ZY-4")),
                ErrorCode.FUND_ALLOCATION_EXCEEDS_AVAILABLE);
    }

    @Test
    void shouldRefuseReversingAnAllocation_whenTheFundBelowAllocatedItFurther() {
        fundTheCounty("500.00");
        chain.send(COUNTY, toProject(JINSHA, "0.01", "XJ-1"));

        assertRefused(() -> chain.send(PROVINCE, reverse(GUIZHOU, "520000-CENTRAL_SUBSIDY-2026-E2", "CX-1")),
                ErrorCode.REVERSAL_WOULD_UNBALANCE_FUND);
        assertThat(chain.events(GUIZHOU.value())).hasSize(2);
        assertThat(chain.events(JINSHA.value())).hasSize(2);
    }

    @Test
    void shouldRefuseReversingACommitment_whenItsMoneyWasAllocatedDown() {
        chain.send(MINISTRY, commit(CENTRAL, "1000.00", "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, "0.01", "ZY-2"));

        assertRefused(() -> chain.send(MINISTRY, reverse(CENTRAL, "CN-CENTRAL_SUBSIDY-2026-E1", "CX-1")),
                ErrorCode.REVERSAL_WOULD_UNBALANCE_FUND);
    }

    @Test
    void shouldRefuseReversingAReceipt_whereItArrived() {
        fundTheCounty("500.00");

        assertRefused(() -> chain.send(COUNTY, reverse(JINSHA, "520523-CENTRAL_SUBSIDY-2026-E1", "CX-1")),
                ErrorCode.ENTRY_NOT_REVERSIBLE);
    }

    @Test
    void shouldTakeAProjectAllocationBack_whenTheCountyFundReversesIt() {
        fundTheCounty("500.00");
        chain.send(COUNTY, toProject(JINSHA, "300.00", "XJ-1"));

        chain.send(COUNTY, reverse(JINSHA, "520523-CENTRAL_SUBSIDY-2026-E2", "CX-1"));

        assertThat(chain.events(PROJECT.value())).last().isEqualTo(new EntryReversedEvent(PROJECT, PROJECT.value() + "-E2",
                COUNTY_CODE, PROJECT.value() + "-E1", EntryKind.ALLOCATION,
                List.of(new SourceAmount(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("300.00"))), "金额录入错误", key("CX-1")));
    }

    @Test
    void shouldRefuseReversingAProjectAllocationAtTheProject_whenItCameFromAFund() {
        fundTheCounty("500.00");
        chain.send(COUNTY, toProject(JINSHA, "300.00", "XJ-1"));

        assertRefused(() -> chain.send(COUNTY, new ReverseEntryCommand(PROJECT, COUNTY_CODE, PROJECT.value() + "-E1", "录入错误",
                key("CX-1"))), ErrorCode.ENTRY_NOT_REVERSIBLE);
    }

    @Test
    void shouldRefuseTakingBackAProjectAllocation_whenTheProjectDisbursedIt() {
        fundTheCounty("500.00");
        chain.send(COUNTY, toProject(JINSHA, "300.00", "XJ-1"));
        chain.send(FundChain.HOUSING, new RecordFundingMilestoneCommand(PROJECT, COUNTY_CODE, FundingMilestone.CONSTRUCTION_STARTED));
        chain.send(COUNTY, new DisburseSubsidyCommand(PROJECT, COUNTY_CODE, FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("0.01"),
                "黔建集团", key("BF-1")));

        assertRefused(() -> chain.send(COUNTY, reverse(JINSHA, "520523-CENTRAL_SUBSIDY-2026-E2", "CX-1")),
                ErrorCode.REVERSAL_WOULD_UNBALANCE_LEDGER);
        assertThat(chain.events(JINSHA.value())).hasSize(2);
    }

    @Test
    void shouldLetTheProjectDisburseWhatTheFundAllocated_toTheLastFen() {
        fundTheCounty("500.00");
        chain.send(COUNTY, toProject(JINSHA, "100.00", "XJ-1"));
        chain.send(FundChain.HOUSING, new RecordFundingMilestoneCommand(PROJECT, COUNTY_CODE, FundingMilestone.CONSTRUCTION_STARTED));

        chain.send(COUNTY, new DisburseSubsidyCommand(PROJECT, COUNTY_CODE, FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("60.00"),
                "黔建集团", key("BF-1")));
        assertRefused(() -> chain.send(COUNTY, new DisburseSubsidyCommand(PROJECT, COUNTY_CODE, FundingSource.CENTRAL_SUBSIDY,
                Money.ofYuan("0.01"), "黔建集团", key("BF-2"))), ErrorCode.TRANCHE_NOT_RELEASED);
    }

    private void fundTheCounty(String yuan) {
        chain.send(MINISTRY, commit(CENTRAL, yuan, "ZY-1"));
        chain.send(MINISTRY, toJurisdiction(CENTRAL, PROVINCE_CODE, yuan, "ZY-2"));
        chain.send(PROVINCE, toJurisdiction(GUIZHOU, COUNTY_CODE, yuan, "SJ-1"));
    }

    private static CommitFundsCommand commit(FundId fund, String yuan, String key) {
        return new CommitFundsCommand(fund, Money.ofYuan(yuan), key(key));
    }

    private static AllocateFromFundCommand toJurisdiction(FundId fund, JurisdictionCode to, String yuan, String key) {
        return new AllocateFromFundCommand(fund, to, null, Money.ofYuan(yuan), key(key));
    }

    private static AllocateFromFundCommand toProject(FundId fund, String yuan, String key) {
        return new AllocateFromFundCommand(fund, null, PROJECT, Money.ofYuan(yuan), key(key));
    }

    private static ReverseFundEntryCommand reverse(FundId fund, String entryId, String key) {
        return new ReverseFundEntryCommand(fund, entryId, "金额录入错误", key(key));
    }

    private static IdempotencyKey key(String value) {
        return IdempotencyKey.of(value);
    }

    private static void assertRefused(Runnable send, ErrorCode code) {
        assertThatThrownBy(send::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }
}
