package org.renewalledger.command.funding;

import static org.renewalledger.command.funding.ProjectFundingBuilder.PROJECT;
import static org.renewalledger.command.funding.ProjectFundingBuilder.aProject;
import static org.renewalledger.command.funding.ProjectFundingBuilder.entryId;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.LedgerEntryReceipt;
import org.renewalledger.kernel.funding.FundingLinkedToCompoundEvent;
import org.renewalledger.kernel.funding.LinkFundingToCompoundCommand;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.compound.CompoundId;

/** The funding ledger's guards, as given/when/then on the aggregate behind the command bus's authorisation. */
class ProjectFundingTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final Map<String, ?> FINANCE = new Actor("zhao", Role.FINANCE_BUREAU, JurisdictionCode.of("520523")).asMetaData();
    private static final Map<String, ?> HOUSING = new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523")).asMetaData();
    private static final String ALL_RELEASED = "tranche-2026.1: 100% of the allocation after completion accepted and final accounts submitted";
    private static final String SIXTY_PERCENT = "tranche-2026.1: 60% of the allocation after construction started";

    private FixtureConfiguration<ProjectFunding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectFunding.class);
        fixture.registerInjectableResource(TranchePolicy.DEFAULT);
        fixture.registerInjectableResource(new EvidenceRegister(stream -> false));
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    @Test
    void shouldOpenTheLedger_whenTheFirstAllocationArrives() {
        fixture.givenNoPriorActivity()
                .when(aProject().allocation("1000.00", "alloc-1"), FINANCE)
                .expectEvents(aProject().allocated(1, "1000.00", "alloc-1"))
                .expectResultMessagePayload(new LedgerEntryReceipt(PROJECT, entryId(1), false));
    }

    @Test
    void shouldAddToTheAllocation_whenASourceAllocatesAgain() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"))
                .when(aProject().allocation("500.00", "alloc-2"), FINANCE)
                .expectEvents(aProject().allocated(2, "500.00", "alloc-2"));
    }

    @Test
    void shouldAnswerTheFirstEntryAndWriteNothing_whenAnAllocationIsRetriedWithItsKey() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"))
                .when(aProject().allocation("1000.00", "alloc-1"), FINANCE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerEntryReceipt(PROJECT, entryId(1), true));
    }

    @Test
    void shouldRefuseTheKey_whenItIsReusedForADifferentAmount() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"))
                .when(aProject().allocation("1000.01", "alloc-1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void shouldRefuseTheKey_whenAnAllocationKeyIsReusedForADisbursement() {
        fixture.given(given(aProject().allocated(1, "1000.00", "ref-1"), aProject().completed()))
                .when(aProject().disbursement("1000.00", "ref-1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void shouldDisburseTheLastFen_whenItReachesTheAllocationExactly() {
        fixture.given(given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().completed(),
                        aProject().disbursed(2, "999.99", "pay-1", 1, ALL_RELEASED)))
                .when(aProject().disbursement("0.01", "pay-2"), FINANCE)
                .expectEvents(aProject().disbursed(3, "0.01", "pay-2", 2, ALL_RELEASED))
                .expectResultMessagePayload(new LedgerEntryReceipt(PROJECT, entryId(3), false));
    }

    @Test
    void shouldRefuseDisbursement_whenItWouldExceedTheAllocation() {
        fixture.given(given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().completed(),
                        aProject().disbursed(2, "999.99", "pay-1", 1, ALL_RELEASED),
                        aProject().disbursed(3, "0.01", "pay-2", 2, ALL_RELEASED)))
                .when(aProject().disbursement("0.01", "pay-3"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.DISBURSEMENT_EXCEEDS_ALLOCATION))
                .expectExceptionMessage("Disbursing ¥0.01 from CENTRAL_SUBSIDY would bring its disbursements to ¥1000.01 "
                        + "of ¥1000.00 allocated");
    }

    @Test
    void shouldRefuseDisbursement_whenOnlyAnotherSourceAllocatedTheMoney() {
        fixture.given(given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().completed()))
                .when(aProject().from(FundingSource.LOCAL_BUDGET).disbursement("0.01", "pay-1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.DISBURSEMENT_EXCEEDS_ALLOCATION));
    }

    @Test
    void shouldRefuseDisbursement_whenConstructionHasNotStarted() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"))
                .when(aProject().disbursement("0.01", "pay-1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.TRANCHE_NOT_RELEASED))
                .expectExceptionMessage("Disbursing ¥0.01 from CENTRAL_SUBSIDY would bring its disbursements to ¥0.01, "
                        + "above the ¥0.00 released (tranche-2026.1: no tranche before construction started)");
    }

    @Test
    void shouldReleaseSixtyPercentToTheFen_afterConstructionStarts() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().reached(FundingMilestone.CONSTRUCTION_STARTED))
                .when(aProject().disbursement("600.00", "pay-1"), FINANCE)
                .expectEvents(aProject().disbursed(2, "600.00", "pay-1", 1, SIXTY_PERCENT));
    }

    @Test
    void shouldRefuseTheFenAboveSixtyPercent_whileOnlyConstructionHasStarted() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().reached(FundingMilestone.CONSTRUCTION_STARTED),
                        aProject().disbursed(2, "600.00", "pay-1", 1, SIXTY_PERCENT))
                .when(aProject().disbursement("0.01", "pay-2"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.TRANCHE_NOT_RELEASED));
    }

    @Test
    void shouldRefuseTheLastTranche_untilFinalAccountsAreSubmitted() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().reached(FundingMilestone.CONSTRUCTION_STARTED),
                        aProject().reached(FundingMilestone.COMPLETION_ACCEPTED))
                .when(aProject().disbursement("1000.00", "pay-1"), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.TRANCHE_NOT_RELEASED))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("above the ¥900.00 released"));
    }

    @Test
    void shouldAnswerTheFirstEntryAndWriteNothing_whenADisbursementIsRetriedWithItsKey() {
        fixture.given(given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().completed(),
                        aProject().disbursed(2, "100.00", "pay-1", 1, ALL_RELEASED)))
                .when(aProject().disbursement("100.00", "pay-1"), FINANCE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new LedgerEntryReceipt(PROJECT, entryId(2), true));
    }

    @Test
    void shouldRefuseDisbursement_whenTheProjectIsFundedUnderAnotherCounty() {
        Map<String, ?> provincialFinance = new Actor("sun", Role.FINANCE_BUREAU, JurisdictionCode.of("520000")).asMetaData();
        fixture.given(given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().completed()))
                .when(aProject().inCounty("520524").disbursement("1.00", "pay-1"), provincialFinance)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.FUNDING_JURISDICTION_MISMATCH));
    }

    @Test
    void shouldRefuseMovingMoney_whenTheActorIsAnAuditor() {
        Map<String, ?> auditor = new Actor("wu", Role.AUDITOR, JurisdictionCode.of("520523")).asMetaData();
        fixture.given(given(aProject().allocated(1, "1000.00", "alloc-1"), aProject().completed()))
                .when(aProject().disbursement("1.00", "pay-1"), auditor)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAllocation_whenTheFinanceBureauIsAnotherCountys() {
        Map<String, ?> neighbour = new Actor("qian", Role.FINANCE_BUREAU, JurisdictionCode.of("520524")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(aProject().allocation("1000.00", "alloc-1"), neighbour)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRecordAMilestoneOnce_whenTheLifecycleReportsItTwice() {
        fixture.given(aProject().reached(FundingMilestone.CONSTRUCTION_STARTED))
                .when(aProject().milestone(FundingMilestone.CONSTRUCTION_STARTED), HOUSING)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRecordAMilestone_whenItIsNew() {
        fixture.given(aProject().allocated(1, "1000.00", "alloc-1"))
                .when(aProject().milestone(FundingMilestone.CONSTRUCTION_STARTED), HOUSING)
                .expectEvents(aProject().reached(FundingMilestone.CONSTRUCTION_STARTED));
    }

    /** The past events in order; an array among them (e.g. {@code completed()}) stands for its elements. */
    private static List<Object> given(Object... items) {
        List<Object> events = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Object[] many) {
                events.addAll(Arrays.asList(many));
            } else {
                events.add(item);
            }
        }
        return events;
    }

    private static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }

    @Test
    void shouldLinkTheLedgerToItsCompound_once() {
        fixture.givenNoPriorActivity()
                .when(new LinkFundingToCompoundCommand(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-001")), HOUSING)
                .expectEvents(new FundingLinkedToCompoundEvent(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-001")));
    }

    @Test
    void shouldChangeNothing_whenTheSameCompoundIsLinkedAgain() {
        fixture.given(new FundingLinkedToCompoundEvent(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-001")))
                .when(new LinkFundingToCompoundCommand(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-001")), FINANCE)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRefuseLinkingAnotherCompound_whenTheLedgerIsLinkedAlready() {
        fixture.given(new FundingLinkedToCompoundEvent(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-001")))
                .when(new LinkFundingToCompoundCommand(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-002")), FINANCE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.FUNDING_ALREADY_LINKED));
    }

    @Test
    void shouldRefuseLinking_whenTheActorIsAnAuditor() {
        fixture.givenNoPriorActivity()
                .when(new LinkFundingToCompoundCommand(ProjectId.of(PROJECT), COUNTY, CompoundId.of("520523001-001")),
                        new Actor("wu", Role.AUDITOR, COUNTY).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }
}
