package org.renewalledger.command.funding;

import static org.renewalledger.command.funding.ProjectFundingBuilder.aProject;
import static org.renewalledger.command.funding.ProjectFundingBuilder.entryId;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.CostSharePolicy;
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.LedgerEntryReceipt;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.UtilityCostSharedEvent;
import org.renewalledger.kernel.funding.UtilityWork;

/**
 * Use of the money after it is disbursed, and its corrections: expenditures, resident contributions,
 * utility cost shares, audit findings, clawbacks and reversing entries.
 */
class ProjectFundingCorrectionsTest {

    private static final Map<String, ?> FINANCE = new Actor("zhao", Role.FINANCE_BUREAU, JurisdictionCode.of("520523")).asMetaData();
    private static final Map<String, ?> BUILDER = new Actor("he", Role.IMPLEMENTING_ENTITY, JurisdictionCode.of("520523")).asMetaData();
    private static final Map<String, ?> AUDITOR = new Actor("wu", Role.AUDITOR, JurisdictionCode.of("520523")).asMetaData();
    private static final String ALL = "tranche-2026.1: 100% of the allocation after completion accepted and final accounts submitted";

    private FixtureConfiguration<ProjectFunding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectFunding.class);
        fixture.registerInjectableResource(TranchePolicy.DEFAULT);
        fixture.registerInjectableResource(new EvidenceRegister(stream -> false));
        fixture.registerInjectableResource(CostSharePolicy.DEFAULT);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    /** ¥1000 allocated (E1), every milestone reached, ¥600 disbursed (E2). */
    private static List<Object> paidSixHundred() {
        return List.of(aProject().allocated(1, "1000.00", "a1"), aProject().reached(FundingMilestone.CONSTRUCTION_STARTED),
                aProject().reached(FundingMilestone.COMPLETION_ACCEPTED), aProject().reached(FundingMilestone.FINAL_ACCOUNTS_SUBMITTED),
                aProject().disbursed(2, "600.00", "p1", 1, ALL));
    }

    private static List<Object> plus(List<Object> past, Object... more) {
        List<Object> events = new java.util.ArrayList<>(past);
        events.addAll(List.of(more));
        return events;
    }

    @Test
    void shouldRecordExpenditure_whenItSpendsTheLastFenDisbursed() {
        fixture.given(plus(paidSixHundred(), aProject().spent(3, "599.99", "x1")))
                .when(aProject().expenditure("0.01", "x2"), BUILDER)
                .expectEvents(aProject().spent(4, "0.01", "x2"));
    }

    @Test
    void shouldRefuseExpenditure_whenItWouldExceedTheDisbursement() {
        fixture.given(plus(paidSixHundred(), aProject().spent(3, "600.00", "x1")))
                .when(aProject().expenditure("0.01", "x2"), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EXPENDITURE_EXCEEDS_DISBURSEMENT));
    }

    @Test
    void shouldRecordResidentContributionsAsAnAllocationFromResidents() {
        fixture.given(aProject().allocated(1, "1000.00", "a1"))
                .when(aProject().contribution("24000.00", 240, "c1"), FINANCE)
                .expectEvents(aProject().contributed(2, "24000.00", 240, "c1"));
    }

    @Test
    void shouldSplitATelecomRelocationBetweenTheCompanyAndTheBudgetToTheFen() {
        fixture.givenNoPriorActivity()
                .when(aProject().utilityCost(UtilityWork.TELECOM_RELOCATION, "0.07", "u1"), FINANCE)
                .expectEvents(new UtilityCostSharedEvent(ProjectId.of(ProjectFundingBuilder.PROJECT), entryId(1),
                        JurisdictionCode.of("520523"), UtilityWork.TELECOM_RELOCATION, Money.ofYuan("0.07"), "中国电信金沙分公司",
                        List.of(new SourceAmount(FundingSource.UTILITY_COMPANY, Money.ofFen(5)),
                                new SourceAmount(FundingSource.LOCAL_BUDGET, Money.ofFen(2))),
                        "cost-share-2026.1: TELECOM_RELOCATION UTILITY_COMPANY 65% / LOCAL_BUDGET 35%, largest remainder to the fen",
                        IdempotencyKey.of("u1")));
    }

    @Test
    void shouldLetAuditorsRecordFindings() {
        fixture.given(paidSixHundred())
                .when(aProject().finding("100.00", "audit-2026-07"), AUDITOR)
                .expectEvents(aProject().found(3, "100.00", "audit-2026-07"));
    }

    @Test
    void shouldRefuseFindings_fromAnyoneButAuditors() {
        fixture.given(paidSixHundred())
                .when(aProject().finding("100.00", "audit-2026-07"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseMovingMoney_whenTheAuditorTriesToClawBack() {
        fixture.given(plus(paidSixHundred(), aProject().found(3, "100.00", "f1")))
                .when(aProject().clawback(3, "100.00", "k1"), AUDITOR)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldClawBackTheWholeFinding_whenTheEntityStillHoldsIt() {
        fixture.given(plus(paidSixHundred(), aProject().found(3, "100.00", "f1")))
                .when(aProject().clawback(3, "100.00", "k1"), FINANCE)
                .expectEvents(aProject().clawedBack(4, 3, "100.00", "k1"))
                .expectResultMessagePayload(new LedgerEntryReceipt(ProjectFundingBuilder.PROJECT, entryId(4), false));
    }

    @Test
    void shouldRefuseClawback_whenItExceedsWhatTheFindingLeavesOutstanding() {
        fixture.given(plus(paidSixHundred(), aProject().found(3, "100.00", "f1"), aProject().clawedBack(4, 3, "60.00", "k1")))
                .when(aProject().clawback(3, "40.01", "k2"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAWBACK_EXCEEDS_FINDING));
    }

    @Test
    void shouldRefuseClawback_whenTheEntityHasSpentTheMoney() {
        fixture.given(plus(paidSixHundred(), aProject().spent(3, "550.00", "x1"), aProject().found(4, "100.00", "f1")))
                .when(aProject().clawback(4, "50.01", "k1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAWBACK_EXCEEDS_HELD_FUNDS));
    }

    @Test
    void shouldRefuseClawback_againstAnEntryThatIsNotAFinding() {
        fixture.given(paidSixHundred())
                .when(aProject().clawback(2, "1.00", "k1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.FINDING_NOT_FOUND));
    }

    @Test
    void shouldReverseADisbursement_andReleaseItsMoneyAgain() {
        fixture.given(plus(paidSixHundred(), aProject().reversed(3, 2, EntryKind.DISBURSEMENT, "600.00", "r1")))
                .when(aProject().disbursement("1000.00", "p2"), FINANCE)
                .expectEvents(aProject().disbursed(4, "1000.00", "p2", 2, ALL));
    }

    @Test
    void shouldRecordAReversingEntry_neverAnEdit() {
        fixture.given(paidSixHundred())
                .when(aProject().reversal(2, "r1"), FINANCE)
                .expectEvents(aProject().reversed(3, 2, EntryKind.DISBURSEMENT, "600.00", "r1"));
    }

    @Test
    void shouldRefuseReversingAnAllocation_whenMoreWouldBeDisbursedThanAllocated() {
        fixture.given(paidSixHundred())
                .when(aProject().reversal(1, "r1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.REVERSAL_WOULD_UNBALANCE_LEDGER));
    }

    @Test
    void shouldRefuseReversingADisbursement_whenItsMoneyIsAlreadySpent() {
        fixture.given(plus(paidSixHundred(), aProject().spent(3, "0.01", "x1")))
                .when(aProject().reversal(2, "r1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.REVERSAL_WOULD_UNBALANCE_LEDGER));
    }

    @Test
    void shouldRefuseReversingAnEntryTwice() {
        fixture.given(plus(paidSixHundred(), aProject().reversed(3, 2, EntryKind.DISBURSEMENT, "600.00", "r1")))
                .when(aProject().reversal(2, "r2"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ENTRY_ALREADY_REVERSED));
    }

    @Test
    void shouldRefuseReversingAReversal() {
        fixture.given(plus(paidSixHundred(), aProject().reversed(3, 2, EntryKind.DISBURSEMENT, "600.00", "r1")))
                .when(aProject().reversal(3, "r2"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ENTRY_NOT_REVERSIBLE));
    }

    @Test
    void shouldRefuseReversingAFinding() {
        fixture.given(plus(paidSixHundred(), aProject().found(3, "100.00", "f1")))
                .when(aProject().reversal(3, "r1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ENTRY_NOT_REVERSIBLE));
    }

    @Test
    void shouldRefuseReversingAnUnknownEntry() {
        fixture.given(paidSixHundred())
                .when(aProject().reversal(9, "r1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ENTRY_NOT_FOUND));
    }

    @Test
    void shouldAnswerTheFirstReversal_whenItIsRetriedWithItsKey() {
        fixture.given(plus(paidSixHundred(), aProject().reversed(3, 2, EntryKind.DISBURSEMENT, "600.00", "r1")))
                .when(aProject().reversal(2, "r1"), FINANCE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerEntryReceipt(ProjectFundingBuilder.PROJECT, entryId(3), true));
    }

    private static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}
