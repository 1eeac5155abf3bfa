package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.SchemeApprovalTest.BUREAU;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.EvidencePolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.command.witness.DateWitness;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.PublishNoticeCommand;
import org.renewalledger.kernel.compound.RecordComplaintCommand;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.compound.ReportProgressCommand;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * Dates the client claims are judged against the server's clock (docs/LIFECYCLE.md, "Claimed dates"): a future date
 * is refused; one more than the policy's grace (3 days) back, or in an assessment month already closed, needs a
 * reason and is flagged in its event; milestones keep the order of their dates. Evidence the policy requires is
 * attached, and only files that were uploaded can be named.
 */
class ClaimedDateTest {

    private static final Map<String, ?> BUILDER =
            new Actor("group", Role.IMPLEMENTING_ENTITY, JurisdictionCode.of("520523")).asMetaData();
    /** Today, by the server's clock: Tuesday 2 December 2025. */
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 2);
    private static final String REASON = "验收记录晚于验收日补录";
    /** November 2025 closed by the county (金沙县) that assesses the compound's street office. */
    private static final String NOVEMBER_CLOSED = CloseMonthlyAssessmentCommand.idOf(JurisdictionCode.of("520523"),
            java.time.YearMonth.of(2025, 11));

    private FixtureConfiguration<Compound> fixtureOn(LocalDate today, PolicySet policies, String... closedAssessments) {
        FixtureConfiguration<Compound> fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(PolicyBook.withDefaults(policies));
        fixture.registerInjectableResource(WorkingDayCalendar.fromClasspath(2024, 2025, 2026));
        DateWitness witness = Witnesses.today(today, closedAssessments);
        fixture.registerInjectableResource(witness);
        fixture.registerInjectableResource(Witnesses.uploaded());
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
        return fixture;
    }

    private FixtureConfiguration<Compound> fixture(String... closedAssessments) {
        return fixtureOn(TODAY, PolicySet.DEFAULT, closedAssessments);
    }

    /** Approved, and every milestone through {@code last} reached on {@code on}. */
    private static List<Object> through(Milestone last, LocalDate on) {
        List<Object> events = new ArrayList<>(aProject().atConsentGiven());
        events.add(new SchemeApprovedEvent(ID, on, ConsentTally.empty(3, Area.ofSquareMetres("300")), "test",
                ProjectBuilder.NOTICE_LAST_DAY, ProjectBuilder.BUDGET, Money.ofYuan("100000"), "test", "test"));
        for (Milestone m : Milestone.values()) {
            if (last == null) {
                break;
            }
            events.add(new MilestoneReachedEvent(ID, m, m.reaches(), on, "doc-" + m, m == Milestone.COMPLETION_ACCEPTED ? 3 : 0));
            if (m == last) {
                break;
            }
        }
        return events;
    }

    private static RecordMilestoneCommand start(LocalDate on, String reason) {
        return new RecordMilestoneCommand(ID, Milestone.CONSTRUCTION_STARTED, on, "开工报告", 0, reason, List.of());
    }

    private static RecordMilestoneCommand acceptance(List<EvidenceHash> attachments) {
        return new RecordMilestoneCommand(ID, Milestone.COMPLETION_ACCEPTED, TODAY, "竣工验收记录", 3, null, attachments);
    }

    // ---- the grace --------------------------------------------------------------------------------------------

    @Test
    void shouldTakeADateWithinTheGrace_unflagged() {
        LocalDate threeDaysAgo = TODAY.minusDays(3);
        fixture().given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(threeDaysAgo, null), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED, CompoundStatus.UNDER_CONSTRUCTION,
                        threeDaysAgo, "开工报告", 0, DateClaim.ON_TIME, List.of()));
    }

    @Test
    void shouldRefuseADateBeyondTheGrace_withoutAReason() {
        fixture().given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(TODAY.minusDays(4), null), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("more than 3 days before today (2025-12-02)"));
    }

    @Test
    void shouldTakeADateBeyondTheGrace_withAReason_flaggedAsBackdated() {
        LocalDate fourDaysAgo = TODAY.minusDays(4);
        fixture().given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(fourDaysAgo, REASON), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED, CompoundStatus.UNDER_CONSTRUCTION,
                        fourDaysAgo, "开工报告", 0, new DateClaim(true, false, REASON), List.of()));
    }

    @Test
    void shouldApplyTheJurisdictionsOwnGrace() {
        PolicySet strict = PolicySet.DEFAULT;
        strict = new PolicySet("strict-1", strict.eligibility(), strict.consent(), strict.notice(), strict.funding(),
                strict.maintenanceFund(), strict.elevatorConsent(), new org.renewalledger.command.policy.BackdatingPolicy(0),
                strict.evidence());
        fixtureOn(TODAY, strict).given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(TODAY.minusDays(1), null), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED));
    }

    // ---- the future -------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseAFutureDate_evenWithAReason() {
        fixture().given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(TODAY.plusDays(1), REASON), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    @Test
    void shouldRefuseProgressReportedForTomorrow() {
        fixture().given(through(Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 11, 20)))
                .when(new ReportProgressCommand(ID, 30, TODAY.plusDays(1), ""), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    @Test
    void shouldRefuseANoticePostedTomorrow() {
        fixture().given(aProject().atSchemeSubmitted())
                .when(new PublishNoticeCommand(ID, TODAY.plusDays(1), null, List.of(Witnesses.PHOTO)), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    // ---- closed assessment months -----------------------------------------------------------------------------

    @Test
    void shouldRefuseADateInAClosedMonth_withoutAReason_evenWithinTheGrace() {
        LocalDate lastOfNovember = LocalDate.of(2025, 11, 30);
        fixture(NOVEMBER_CLOSED).given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(lastOfNovember, null), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("assessment month already closed"));
    }

    @Test
    void shouldTakeADateInAClosedMonth_withAReason_flaggedForTheClosedMonth() {
        LocalDate lastOfNovember = LocalDate.of(2025, 11, 30);
        fixture(NOVEMBER_CLOSED).given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(lastOfNovember, REASON), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED, CompoundStatus.UNDER_CONSTRUCTION,
                        lastOfNovember, "开工报告", 0, new DateClaim(false, true, REASON), List.of()));
    }

    @Test
    void shouldFlagBoth_whenADateIsBackdatedIntoAClosedMonth() {
        LocalDate november20 = LocalDate.of(2025, 11, 20);
        fixture(NOVEMBER_CLOSED).given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 10)))
                .when(start(november20, REASON), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED, CompoundStatus.UNDER_CONSTRUCTION,
                        november20, "开工报告", 0, new DateClaim(true, true, REASON), List.of()));
    }

    @Test
    void shouldNotFlagAMonthClosedElsewhere() {
        String neighbourClosed = CloseMonthlyAssessmentCommand.idOf(JurisdictionCode.of("520524"), java.time.YearMonth.of(2025, 11));
        LocalDate lastOfNovember = LocalDate.of(2025, 11, 30);
        fixture(neighbourClosed).given(through(Milestone.CONTRACTED, LocalDate.of(2025, 11, 20)))
                .when(start(lastOfNovember, null), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED, CompoundStatus.UNDER_CONSTRUCTION,
                        lastOfNovember, "开工报告", 0, DateClaim.ON_TIME, List.of()));
    }

    @Test
    void shouldFlagAComplaintReceivedBeyondTheGrace() {
        java.time.Instant received = LocalDate.of(2025, 11, 25).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
        fixture().given(through(Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 11, 20)))
                .when(new RecordComplaintCommand(ID, "12345-0009", "夜间施工噪音", received, "热线工单转办延迟"), STREET_OFFICE)
                .expectEvents(new ComplaintRecordedEvent(ID, JurisdictionCode.of("520523001"), "12345-0009", "夜间施工噪音",
                        received, new DateClaim(true, false, "热线工单转办延迟")));
    }

    // ---- milestones in order ----------------------------------------------------------------------------------

    @Test
    void shouldRefuseAMilestoneDatedBeforeThePreviousOne() {
        fixture().given(through(Milestone.CONTRACTED, LocalDate.of(2025, 12, 1)))
                .when(start(LocalDate.of(2025, 11, 30), null), BUILDER)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.MILESTONE_DATE_OUT_OF_ORDER));
    }

    @Test
    void shouldTakeAMilestoneOnTheSameDayAsThePreviousOne() {
        LocalDate december1 = LocalDate.of(2025, 12, 1);
        fixture().given(through(Milestone.CONTRACTED, december1))
                .when(start(december1, null), BUILDER)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.CONSTRUCTION_STARTED, CompoundStatus.UNDER_CONSTRUCTION,
                        december1, "开工报告", 0, DateClaim.ON_TIME, List.of()));
    }

    // ---- evidence ---------------------------------------------------------------------------------------------

    @Test
    void shouldRefuseCompletionAcceptance_withoutEvidence() {
        fixture().given(through(Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 11, 20)))
                .when(acceptance(List.of()), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EVIDENCE_REQUIRED));
    }

    @Test
    void shouldRefuseCompletionAcceptance_namingAFileNeverUploaded() {
        EvidenceHash missing = EvidenceHash.parse("A".repeat(64));
        fixture().given(through(Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 11, 20)))
                .when(acceptance(List.of(missing)), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EVIDENCE_NOT_FOUND));
    }

    @Test
    void shouldAcceptCompletion_withTheUploadedRecord_keepingItsHashInTheEvent() {
        fixture().given(through(Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 11, 20)))
                .when(acceptance(List.of(Witnesses.PHOTO)), BUREAU)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.COMPLETION_ACCEPTED, CompoundStatus.COMPLETED, TODAY,
                        "竣工验收记录", 3, DateClaim.ON_TIME, List.of(Witnesses.PHOTO)));
    }

    @Test
    void shouldAcceptCompletionWithoutEvidence_whereTheJurisdictionsPolicyDoesNotRequireIt() {
        PolicySet optional = PolicySet.DEFAULT.withEvidence("evidence-optional-1", new EvidencePolicy(false));
        fixtureOn(TODAY, optional).given(through(Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 11, 20)))
                .when(acceptance(List.of()), BUREAU)
                .expectEvents(new MilestoneReachedEvent(ID, Milestone.COMPLETION_ACCEPTED, CompoundStatus.COMPLETED, TODAY,
                        "竣工验收记录", 3, DateClaim.ON_TIME, List.of()));
    }

    @Test
    void shouldRefuseANotice_withoutAPhotoOfIt() {
        fixture().given(aProject().atSchemeSubmitted())
                .when(new PublishNoticeCommand(ID, TODAY, null, List.of()), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EVIDENCE_REQUIRED));
    }

    @Test
    void shouldPublishANoticeWithItsPhoto_backdatedWithAReason() {
        LocalDate posted = TODAY.minusDays(7);
        fixture().given(aProject().atSchemeSubmitted())
                .when(new PublishNoticeCommand(ID, posted, "公示照片补传", List.of(Witnesses.PHOTO)), STREET_OFFICE)
                .expectEvents(new NoticePublishedEvent(ID, posted, 5, LocalDate.of(2025, 12, 2),
                        new DateClaim(true, false, "公示照片补传"), List.of(Witnesses.PHOTO)));
    }
}
