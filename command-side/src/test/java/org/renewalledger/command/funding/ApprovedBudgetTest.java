package org.renewalledger.command.funding;

import static org.renewalledger.command.funding.ProjectFundingBuilder.PROJECT;
import static org.renewalledger.command.funding.ProjectFundingBuilder.aProject;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.access.InMemoryBindings;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.ApprovedBudgetRecordedEvent;
import org.renewalledger.kernel.funding.BudgetOverrideRecordedEvent;
import org.renewalledger.kernel.funding.CostFigureRecordedEvent;
import org.renewalledger.kernel.funding.CostStage;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordApprovedBudgetCommand;
import org.renewalledger.kernel.funding.RecordBudgetOverrideCommand;
import org.renewalledger.kernel.funding.RecordCostFigureCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.SourceAmount;

/** Money against approval (docs/FUNDING.md): the approved budget caps allocations; an override decision raises the cap. */
class ApprovedBudgetTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final ProjectId PROJECT_ID = ProjectId.of(PROJECT);
    private static final CompoundId COMPOUND = CompoundId.of("520523001-001");
    private static final Map<String, ?> FINANCE = new Actor("zhao", Role.FINANCE_BUREAU, COUNTY).asMetaData();
    private static final Map<String, ?> HOUSING = new Actor("chen", Role.HOUSING_BUREAU, COUNTY).asMetaData();
    private static final Map<String, ?> RELAY = new Actor("lifecycle-milestone-relay", Role.ADMINISTRATOR, COUNTY).asMetaData();
    private static final Map<String, ?> AUDITOR = new Actor("wu", Role.AUDITOR, COUNTY).asMetaData();
    private static final Map<String, ?> BUILDER = new Actor("qianjian", Role.IMPLEMENTING_ENTITY, COUNTY).asMetaData();
    /** The one document the fixtures' evidence store holds. */
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String NEVER_UPLOADED = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final List<SourceAmount> PLAN = List.of(new SourceAmount(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("800.00")),
            new SourceAmount(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("200.00")));
    private static final ApprovedBudgetRecordedEvent APPROVED =
            new ApprovedBudgetRecordedEvent(PROJECT_ID, COUNTY, COMPOUND, Money.ofYuan("1000.00"), PLAN);

    private final InMemoryBindings bindings = new InMemoryBindings();
    private FixtureConfiguration<ProjectFunding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectFunding.class);
        fixture.registerInjectableResource(TranchePolicy.DEFAULT);
        fixture.registerInjectableResource(new EvidenceRegister(("evidence-" + HASH)::equals));
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor(bindings));
    }

    @Test
    void shouldRecordTheApprovedBudgetAndPlan_whenTheRelaySendsThem() {
        fixture.givenNoPriorActivity()
                .when(new RecordApprovedBudgetCommand(PROJECT_ID, COUNTY, COMPOUND, Money.ofYuan("1000.00"), PLAN), RELAY)
                .expectEvents(APPROVED);
    }

    @Test
    void shouldRecordNothing_whenTheSameApprovalArrivesAgain() {
        fixture.given(APPROVED)
                .when(new RecordApprovedBudgetCommand(PROJECT_ID, COUNTY, COMPOUND, Money.ofYuan("1000.00"), PLAN), RELAY)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldAllocateUpToTheApprovedBudget() {
        fixture.given(APPROVED, aProject().allocated(1, "600.00", "alloc-1"))
                .when(aProject().allocation("400.00", "alloc-2"), FINANCE)
                .expectEvents(aProject().allocated(2, "400.00", "alloc-2"));
    }

    @Test
    void shouldRefuseAnAllocationPastTheApprovedBudget_withoutAnOverride() {
        fixture.given(APPROVED, aProject().allocated(1, "600.00", "alloc-1"))
                .when(aProject().allocation("400.01", "alloc-2"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ALLOCATION_EXCEEDS_APPROVED_BUDGET));
    }

    @Test
    void shouldCapEveryKindOfAllocation_residentsContributionsToo() {
        fixture.given(APPROVED, aProject().allocated(1, "1000.00", "alloc-1"))
                .when(new org.renewalledger.kernel.funding.RecordResidentContributionCommand(PROJECT_ID, COUNTY,
                        Money.ofYuan("0.01"), 1, IdempotencyKey.of("zc-1")), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ALLOCATION_EXCEEDS_APPROVED_BUDGET));
    }

    @Test
    void shouldRefuseAnAllocationNamingAnOverrideNeverRecorded() {
        fixture.given(APPROVED, aProject().allocated(1, "1000.00", "alloc-1"))
                .when(overAllocation("100.00", "alloc-2", "QX-2026-9"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BUDGET_OVERRIDE_NOT_FOUND));
    }

    @Test
    void shouldAllocatePastTheBudget_upToTheRecordedOverride_whenTheAllocationNamesIt() {
        fixture.given(APPROVED, aProject().allocated(1, "1000.00", "alloc-1"), override("QX-2026-7", "300.00"))
                .when(overAllocation("300.00", "alloc-2", "QX-2026-7"), FINANCE)
                .expectEvents(aProject().allocated(2, "300.00", "alloc-2"));
    }

    @Test
    void shouldRefuseAnAllocationPastTheBudgetAndEveryOverride() {
        fixture.given(APPROVED, aProject().allocated(1, "1000.00", "alloc-1"), override("QX-2026-7", "300.00"))
                .when(overAllocation("300.01", "alloc-2", "QX-2026-7"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ALLOCATION_EXCEEDS_APPROVED_BUDGET));
    }

    @Test
    void shouldRecordAnOverrideDecision_withWhoDecidedAndWhy() {
        fixture.given(APPROVED)
                .when(new RecordBudgetOverrideCommand(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("300.00"),
                        "增加雨污分流改造", HASH.toUpperCase()), HOUSING)
                .expectEvents(new BudgetOverrideRecordedEvent(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("300.00"),
                        "增加雨污分流改造", HASH, "chen", Role.HOUSING_BUREAU));
    }

    @Test
    void shouldRecordAnOverrideDecision_withoutADocument() {
        fixture.given(APPROVED)
                .when(new RecordBudgetOverrideCommand(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("300.00"), "会议纪要待补", null),
                        HOUSING)
                .expectEvents(new BudgetOverrideRecordedEvent(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("300.00"),
                        "会议纪要待补", null, "chen", Role.HOUSING_BUREAU));
    }

    @Test
    void shouldRefuseAnOverrideDecision_whoseDocumentWasNeverUploaded() {
        fixture.given(APPROVED)
                .when(new RecordBudgetOverrideCommand(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("300.00"),
                        "增加雨污分流改造", NEVER_UPLOADED), HOUSING)
                .expectNoEvents()
                .expectException(refusalOn(ErrorCode.EVIDENCE_NOT_FOUND, "document"));
    }

    @Test
    void shouldRefuseACostFigure_whoseDocumentWasNeverUploaded() {
        fixture.given(APPROVED)
                .when(new RecordCostFigureCommand(PROJECT_ID, COUNTY, CostStage.AUDITED_SETTLEMENT, Money.ofYuan("950.00"),
                        NEVER_UPLOADED, "黔审结〔2027〕3号"), AUDITOR)
                .expectNoEvents()
                .expectException(refusalOn(ErrorCode.EVIDENCE_NOT_FOUND, "document"));
    }

    @Test
    void shouldRefuseAnOverride_fromTheFinanceBureauThatAllocatesAgainstTheCap() {
        fixture.given(APPROVED)
                .when(new RecordBudgetOverrideCommand(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("300.00"), "自行调增", null),
                        FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAnOverrideDecisionRecordedTwice() {
        fixture.given(APPROVED, override("QX-2026-7", "300.00"))
                .when(new RecordBudgetOverrideCommand(PROJECT_ID, COUNTY, "QX-2026-7", Money.ofYuan("100.00"), "再次", null), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BUDGET_OVERRIDE_EXISTS));
    }

    @Test
    void shouldRecordTheAuditedSettlement_byTheAuditorWithItsDocument() {
        fixture.given(APPROVED)
                .when(new RecordCostFigureCommand(PROJECT_ID, COUNTY, CostStage.AUDITED_SETTLEMENT, Money.ofYuan("950.00"), HASH,
                        "黔审结〔2027〕3号"), AUDITOR)
                .expectEvents(new CostFigureRecordedEvent(PROJECT_ID, COUNTY, CostStage.AUDITED_SETTLEMENT, Money.ofYuan("950.00"),
                        HASH, "黔审结〔2027〕3号"));
    }

    @Test
    void shouldRefuseACostFigure_fromARoleWhoseDocumentItIsNot() {
        fixture.given(APPROVED)
                .when(new RecordCostFigureCommand(PROJECT_ID, COUNTY, CostStage.CONTRACT, Money.ofYuan("950.00"), HASH, "合同-1"),
                        AUDITOR)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldLetOnlyTheContractedImplementingEntityRecordTheContract() {
        fixture.given(APPROVED)
                .when(new RecordCostFigureCommand(PROJECT_ID, COUNTY, CostStage.CONTRACT, Money.ofYuan("980.00"), HASH, "合同-1"),
                        BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
        bindings.bindContractor("qianjian", Role.IMPLEMENTING_ENTITY, PROJECT, COMPOUND.value(), COUNTY.value());
        fixture.given(APPROVED)
                .when(new RecordCostFigureCommand(PROJECT_ID, COUNTY, CostStage.CONTRACT, Money.ofYuan("980.00"), HASH, "合同-1"),
                        BUILDER)
                .expectEvents(new CostFigureRecordedEvent(PROJECT_ID, COUNTY, CostStage.CONTRACT, Money.ofYuan("980.00"), HASH, "合同-1"));
    }

    @Test
    void shouldRefuseAnExpenditure_byAnImplementingEntityNotContractedOnTheProject() {
        fixture.given(APPROVED, aProject().allocated(1, "1000.00", "alloc-1"))
                .when(new RecordExpenditureCommand(PROJECT_ID, COUNTY, FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("1.00"),
                        "黔建集团", "进度款", IdempotencyKey.of("pay-1")), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    private static AllocateFundsCommand overAllocation(String yuan, String key, String decision) {
        return new AllocateFundsCommand(PROJECT_ID, COUNTY, FundingSource.CENTRAL_SUBSIDY, Money.ofYuan(yuan), IdempotencyKey.of(key),
                decision);
    }

    private static BudgetOverrideRecordedEvent override(String decision, String yuan) {
        return new BudgetOverrideRecordedEvent(PROJECT_ID, COUNTY, decision, Money.ofYuan(yuan), "增加改造内容", null, "chen",
                Role.HOUSING_BUREAU);
    }

    private static Matcher<Throwable> refusalOn(ErrorCode code, String field) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code
                && field.equals(domain.field()));
    }

    private static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}
