package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordWishesSurveyCommand;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceKind;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;
import org.renewalledger.kernel.compound.TransferReason;
import org.renewalledger.kernel.compound.TransferUnitCommand;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/**
 * The lifecycle's earlier claimed dates (docs/LIFECYCLE.md, "Claimed dates"): the wishes survey's {@code surveyedOn},
 * the self-governance organisation's {@code formedOn}, the application's {@code appliedOn} and a roster transfer's
 * {@code transferredOn} are each a claim that something already happened, judged like a milestone's date: a future
 * date is refused, one beyond the grace or in a closed month needs a reason and is flagged in the event.
 */
class EarlierClaimedDatesTest {

    private static final Map<String, ?> COMMITTEE =
            new Actor("zhou", Role.OWNERS_COMMITTEE, JurisdictionCode.of("520523001")).asMetaData();
    /** Today, by the server's clock: Tuesday 2 December 2025. */
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 2);
    private static final String REASON = "纸质材料补录";
    private static final String NOVEMBER_CLOSED = CloseMonthlyAssessmentCommand.idOf(JurisdictionCode.of("520523"),
            YearMonth.of(2025, 11));

    private FixtureConfiguration<Compound> fixture(String... closedAssessments) {
        FixtureConfiguration<Compound> fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT));
        fixture.registerInjectableResource(WorkingDayCalendar.fromClasspath(2024, 2025, 2026));
        fixture.registerInjectableResource(Witnesses.today(TODAY, closedAssessments));
        fixture.registerInjectableResource(Witnesses.uploaded());
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
        return fixture;
    }

    private static List<Object> surveyedAndAgreed() {
        List<Object> history = aProject().atSurveyed();
        history.add(new WishesSurveyRecordedEvent(ID, 3, 3, TODAY.minusDays(1)));
        history.addAll(ProjectBuilder.applicationPassed());
        return history;
    }

    // ---- the wishes survey ----------------------------------------------------------------------------------

    @Test
    void shouldTakeASurveyWithinTheGrace_unflagged() {
        fixture().given(aProject().registered())
                .when(new RecordWishesSurveyCommand(ID, 3, 3, TODAY.minusDays(3)), STREET_OFFICE)
                .expectEvents(new WishesSurveyRecordedEvent(ID, 3, 3, TODAY.minusDays(3), DateClaim.ON_TIME));
    }

    @Test
    void shouldRefuseASurveyDatedTomorrow() {
        fixture().given(aProject().registered())
                .when(new RecordWishesSurveyCommand(ID, 3, 3, TODAY.plusDays(1)), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    @Test
    void shouldRefuseABackdatedSurvey_withoutAReason_andFlagItWithOne() {
        LocalDate june = LocalDate.of(2025, 6, 3);
        fixture().given(aProject().registered())
                .when(new RecordWishesSurveyCommand(ID, 3, 3, june), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED));
        fixture().given(aProject().registered())
                .when(new RecordWishesSurveyCommand(ID, 3, 3, june, REASON), STREET_OFFICE)
                .expectEvents(new WishesSurveyRecordedEvent(ID, 3, 3, june, new DateClaim(true, false, REASON)));
    }

    // ---- self-governance --------------------------------------------------------------------------------------

    @Test
    void shouldRefuseAnOrganisationFormedTomorrow() {
        fixture().given(aProject().registered())
                .when(new FormSelfGovernanceCommand(ID, SelfGovernanceKind.OWNERS_COMMITTEE, "业主委员会", TODAY.plusDays(1)),
                        COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    @Test
    void shouldFlagAnOrganisationFormedInAClosedMonth_evenWithinTheGrace() {
        LocalDate lastOfNovember = LocalDate.of(2025, 11, 30);
        fixture(NOVEMBER_CLOSED).given(aProject().registered())
                .when(new FormSelfGovernanceCommand(ID, SelfGovernanceKind.OWNERS_COMMITTEE, "业主委员会", lastOfNovember), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED));
        fixture(NOVEMBER_CLOSED).given(aProject().registered())
                .when(new FormSelfGovernanceCommand(ID, SelfGovernanceKind.OWNERS_COMMITTEE, "业主委员会", lastOfNovember,
                        REASON), COMMITTEE)
                .expectEvents(new SelfGovernanceFormedEvent(ID, SelfGovernanceKind.OWNERS_COMMITTEE, "业主委员会", lastOfNovember,
                        new DateClaim(false, true, REASON)));
    }

    // ---- the application -----------------------------------------------------------------------------------

    @Test
    void shouldRefuseAnApplicationDatedTomorrow() {
        fixture().given(surveyedAndAgreed())
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", TODAY.plusDays(1)), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    @Test
    void shouldRefuseABackdatedApplication_withoutAReason_andFlagItWithOne() {
        LocalDate june = LocalDate.of(2025, 6, 20);
        fixture().given(surveyedAndAgreed())
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", june), COMMITTEE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED));
        fixture().given(surveyedAndAgreed())
                .when(new SubmitApplicationCommand(ID, "幸福里小区业主委员会", june, REASON), COMMITTEE)
                .expectEvents(new ApplicationSubmittedEvent(ID, "幸福里小区业主委员会", june, new DateClaim(true, false, REASON)));
    }

    // ---- a roster transfer ---------------------------------------------------------------------------------

    @Test
    void shouldRefuseATransferDatedTomorrow() {
        fixture().given(aProject().atSurveyed())
                .when(transfer(TODAY.plusDays(1), null), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CLAIMED_DATE_IN_FUTURE));
    }

    @Test
    void shouldRefuseABackdatedTransfer_withoutAReason_andFlagItWithOne() {
        LocalDate may = LocalDate.of(2025, 5, 20);
        fixture().given(aProject().atSurveyed())
                .when(transfer(may, null), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BACKDATING_REASON_REQUIRED));
        fixture().given(aProject().atSurveyed())
                .when(transfer(may, REASON), STREET_OFFICE)
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.messageWithPayload(Matchers.predicate(payload ->
                        payload instanceof UnitTransferredEvent transferred && transferred.transferredOn().equals(may)
                                && transferred.dateClaim().equals(new DateClaim(true, false, REASON)))), Matchers.andNoMore()));
    }

    private static TransferUnitCommand transfer(LocalDate on, String reason) {
        return new TransferUnitCommand(ID, UnitCode.of("1-1-101"), List.of(OwnerReference.of("p-buyer")), TransferReason.SALE,
                "REG-2025-0042", on, reason);
    }
}
