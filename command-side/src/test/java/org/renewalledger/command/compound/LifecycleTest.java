package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.SchemeApprovalTest.BUREAU;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.LongTermManagementSetUpEvent;
import org.renewalledger.kernel.compound.ManagementMode;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.compound.RecordComplaintCommand;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.compound.RecordWishesSurveyCommand;
import org.renewalledger.kernel.compound.ReportProgressCommand;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceKind;
import org.renewalledger.kernel.compound.SetUpLongTermManagementCommand;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;
import org.renewalledger.kernel.compound.SubmitSchemeCommand;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/** Each step of the lifecycle happens only from the stage its rule names, by the party it names. */
class LifecycleTest {

    private static final Map<String, ?> BUILDER =
            new Actor("group", Role.IMPLEMENTING_ENTITY, JurisdictionCode.of("520523")).asMetaData();
    private static final Map<String, ?> AUDITOR = new Actor("wu", Role.AUDITOR, JurisdictionCode.of("520523")).asMetaData();
    private static final Map<String, ?> COMMITTEE =
            new Actor("zhou", Role.OWNERS_COMMITTEE, JurisdictionCode.of("520523001")).asMetaData();
    private static final LocalDate DAY = LocalDate.of(2025, 11, 3);

    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT));
        fixture.registerInjectableResource(WorkingDayCalendar.fromClasspath(2024, 2025, 2026));
        // the day after DAY: the steps dated DAY lie within the grace, the complaint received this morning is today's
        Witnesses.register(fixture, DAY.plusDays(1));
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    private static List<Object> approved() {
        List<Object> events = aProject().atConsentGiven();
        events.add(new SchemeApprovedEvent(ID, DAY, ConsentTally.empty(3, Area.ofSquareMetres("300")), "test",
                ProjectBuilder.NOTICE_LAST_DAY, ProjectBuilder.BUDGET, Money.ofYuan("100000"), "test", "test"));
        return events;
    }

    /** The approved project with every milestone up to and including {@code last}. */
    private static List<Object> through(Milestone last) {
        List<Object> events = new ArrayList<>(approved());
        for (Milestone m : Milestone.values()) {
            events.add(new MilestoneReachedEvent(ID, m, m.reaches(), DAY, "doc-" + m, m == Milestone.COMPLETION_ACCEPTED ? 3 : 0));
            if (m == last) {
                break;
            }
        }
        return events;
    }

    private static RecordMilestoneCommand milestone(Milestone m) {
        boolean acceptance = m == Milestone.COMPLETION_ACCEPTED;
        return new RecordMilestoneCommand(ID, m, DAY, "doc-" + m, acceptance ? 3 : 0, null,
                acceptance ? List.of(Witnesses.PHOTO) : List.of());
    }

    @Test
    void shouldRecordTheWishesSurvey_whenSurveyed() {
        fixture.given(aProject().registered())
                .when(new RecordWishesSurveyCommand(ID, 3, 3, DAY), STREET_OFFICE)
                .expectEvents(new WishesSurveyRecordedEvent(ID, 3, 3, DAY));
    }

    @Test
    void shouldRefuseAStep_byAnActorWhoseJurisdictionDoesNotCoverTheCompoundsStreetOffice() {
        Map<String, ?> neighbour = new Actor("liu", Role.STREET_OFFICE, JurisdictionCode.of("520523002")).asMetaData();
        fixture.given(aProject().registered())
                .when(new RecordWishesSurveyCommand(ID, 3, 3, DAY), neighbour)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED))
                .expectExceptionMessage("Jurisdiction 520523002 does not cover 520523001");
    }

    @Test
    void shouldTakeTheOwnersApplication_afterTheWishesSurvey() {
        List<Object> history = aProject().atSurveyed();
        history.add(new WishesSurveyRecordedEvent(ID, 3, 3, DAY));
        history.addAll(ProjectBuilder.applicationPassed());
        fixture.given(history)
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", DAY), COMMITTEE)
                .expectEvents(new ApplicationSubmittedEvent(ID, "幸福里小区业主委员会", DAY));
    }

    @Test
    void shouldRefuseTheApplication_beforeTheWishesSurvey() {
        fixture.given(aProject().registered())
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", DAY), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseASecondSelfGovernanceOrganisation() {
        fixture.given(aProject().atApplied())
                .when(new FormSelfGovernanceCommand(ID, SelfGovernanceKind.SELF_GOVERNANCE_GROUP, "自管小组", DAY), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseTheScheme_beforeTheOwnersApplied() {
        SubmitSchemeCommand scheme = new SubmitSchemeCommand(ID, aProject().schemeSubmitted().items(),
                aProject().schemeSubmitted().funding(), "物业管理");
        fixture.given(aProject().registered())
                .when(scheme, STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldEnterTheAnnualPlan_afterApproval() {
        fixture.given(approved())
                .when(milestone(Milestone.ENTERED_ANNUAL_PLAN), BUREAU)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.ENTERED_ANNUAL_PLAN, CompoundStatus.PLANNED, DAY,
                        "doc-ENTERED_ANNUAL_PLAN", 0));
    }

    @Test
    void shouldRefuseTheAnnualPlan_beforeApproval() {
        fixture.given(aProject().atConsentGiven())
                .when(milestone(Milestone.ENTERED_ANNUAL_PLAN), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseConstructionStart_beforeTheContract() {
        fixture.given(through(Milestone.TENDERED))
                .when(milestone(Milestone.CONSTRUCTION_STARTED), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldStartConstruction_afterTheContract() {
        fixture.given(through(Milestone.CONTRACTED))
                .when(milestone(Milestone.CONSTRUCTION_STARTED), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED,
                        CompoundStatus.UNDER_CONSTRUCTION, DAY, "doc-CONSTRUCTION_STARTED", 0));
    }

    @Test
    void shouldRefuseAMilestone_recordedByTheWrongParty() {
        fixture.given(through(Milestone.CONTRACTED))
                .when(milestone(Milestone.CONSTRUCTION_STARTED), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldReportProgressAndTakeComplaints_duringConstruction() {
        fixture.given(through(Milestone.CONSTRUCTION_STARTED))
                .when(new ReportProgressCommand(ID, 40, DAY, "管网铺设完成"), BUILDER)
                .expectEvents(new ProgressReportedEvent(ID, 40, DAY, "管网铺设完成"));
        Instant received = Instant.parse("2025-11-04T01:00:00Z");
        fixture.given(through(Milestone.CONSTRUCTION_STARTED))
                .when(new RecordComplaintCommand(ID, "12345-0001", "夜间施工噪音", received), STREET_OFFICE)
                .expectEvents(new ComplaintRecordedEvent(ID, JurisdictionCode.of("520523001"), "12345-0001", "夜间施工噪音", received));
    }

    @Test
    void shouldRefuseProgressReports_beforeConstructionStarts() {
        fixture.given(through(Milestone.CONTRACTED))
                .when(new ReportProgressCommand(ID, 10, DAY, ""), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }

    @Test
    void shouldRefuseCompletionAcceptance_withoutResidentsRepresentatives() {
        fixture.given(through(Milestone.CONSTRUCTION_STARTED))
                .when(new RecordMilestoneCommand(ID, Milestone.COMPLETION_ACCEPTED, DAY, "验收记录", 0), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.COMPLETION_WITHOUT_RESIDENTS));
    }

    @Test
    void shouldLetOnlyTheAuditorRecordTheSettlementAudit() {
        fixture.given(through(Milestone.FINAL_ACCOUNTS_SUBMITTED))
                .when(milestone(Milestone.SETTLEMENT_AUDITED), AUDITOR)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.SETTLEMENT_AUDITED, CompoundStatus.SETTLED, DAY,
                        "doc-SETTLEMENT_AUDITED", 0));
    }

    @Test
    void shouldSetUpLongTermManagement_afterHandover_withTheFundAtTheRateTimesTheArea() {
        fixture.given(through(Milestone.HANDED_OVER))
                .when(new SetUpLongTermManagementCommand(ID, ManagementMode.PROPERTY_COMPANY, "金沙物业", Money.ofYuan("5"), DAY),
                        STREET_OFFICE)
                .expectEvents(new LongTermManagementSetUpEvent(ID, ManagementMode.PROPERTY_COMPANY, "金沙物业",
                        Money.ofYuan("5"), Money.ofYuan("1500"), DAY));
    }

    /**
     * The arrangement's start is a term of the management contract, not a claim that something happened: next month is
     * a legitimate start, and the server's own witness is the event's time (docs/LIFECYCLE.md, "Claimed dates").
     */
    @Test
    void shouldSetUpLongTermManagement_startingNextMonth() {
        LocalDate nextMonth = DAY.plusMonths(1);
        fixture.given(through(Milestone.HANDED_OVER))
                .when(new SetUpLongTermManagementCommand(ID, ManagementMode.PROPERTY_COMPANY, "金沙物业", Money.ofYuan("5"),
                        nextMonth), STREET_OFFICE)
                .expectEvents(new LongTermManagementSetUpEvent(ID, ManagementMode.PROPERTY_COMPANY, "金沙物业",
                        Money.ofYuan("5"), Money.ofYuan("1500"), nextMonth));
    }

    @Test
    void shouldRefuseAMaintenanceFundRateBelowFiveYuan() {
        fixture.given(through(Milestone.HANDED_OVER))
                .when(new SetUpLongTermManagementCommand(ID, ManagementMode.TRANSITIONAL, "鼓场街道", Money.ofYuan("4.99"), DAY),
                        STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.MAINTENANCE_FUND_OUT_OF_RANGE));
    }

    @Test
    void shouldRefuseLongTermManagement_beforeHandover() {
        fixture.given(through(Milestone.SETTLEMENT_AUDITED))
                .when(new SetUpLongTermManagementCommand(ID, ManagementMode.PROPERTY_COMPANY, "金沙物业", Money.ofYuan("8"), DAY),
                        STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }
}
