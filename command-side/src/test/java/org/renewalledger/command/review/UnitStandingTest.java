package org.renewalledger.command.review;

import static org.renewalledger.command.review.ReviewCaseTest.refusal;

import java.time.YearMonth;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.EscalationPolicy;
import org.renewalledger.command.policy.RewardPolicy;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.review.Measure;
import org.renewalledger.kernel.review.MeasureProposalWithdrawnEvent;
import org.renewalledger.kernel.review.MeasureProposedEvent;
import org.renewalledger.kernel.review.RecordPublishedStandingCommand;
import org.renewalledger.kernel.review.StandingId;
import org.renewalledger.kernel.review.StandingRecordedEvent;

/**
 * The escalation ladder on one unit's published standings: what each published month proposes, running
 * against in-a-year counts, departments one step higher, and what a reissue does (replaces the month, never
 * counts twice, withdraws and re-proposes only where the counts changed).
 */
class UnitStandingTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final ResponsibleUnit GUCHANG = ResponsibleUnit.streetOffice(JurisdictionCode.of("520523001"));
    private static final ResponsibleUnit HOUSING_DEPT = new ResponsibleUnit("520523-HOUSING_BUREAU", UnitKind.DEPARTMENT, COUNTY);
    private static final Map<String, ?> LADDER = new Actor("escalation-ladder", Role.DISCIPLINE_OFFICE, COUNTY).asMetaData();

    private FixtureConfiguration<UnitStanding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitStanding.class);
        fixture.registerInjectableResource(EscalationPolicy.DEFAULT);
        fixture.registerInjectableResource(RewardPolicy.DEFAULT);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    @Test
    void shouldProposeSelfCriticism_whenAStreetOfficeLagsForTheFirstTime() {
        fixture.givenNoPriorActivity()
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 1, true),
                        proposed(GUCHANG, "2026-03", 1, Measure.SELF_CRITICISM, 1, 1));
    }

    @Test
    void shouldProposeNothing_whenTheUnitDidNotLag() {
        fixture.givenNoPriorActivity()
                .when(publish(GUCHANG, "2026-03", 1, false), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 1, false));
    }

    @Test
    void shouldProposeAnAdmonishmentTalk_whenTheUnitLagsTwoMonthsRunning() {
        fixture.given(recorded(GUCHANG, "2026-02", 1, true), proposed(GUCHANG, "2026-02", 1, Measure.SELF_CRITICISM, 1, 1))
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 1, true),
                        proposed(GUCHANG, "2026-03", 1, Measure.ADMONISHMENT_TALK, 2, 2));
    }

    @Test
    void shouldProposeOnlySelfCriticism_whenTwoLaggingMonthsAreNotRunning() {
        fixture.given(recorded(GUCHANG, "2026-01", 1, true), recorded(GUCHANG, "2026-02", 1, false))
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 1, true),
                        proposed(GUCHANG, "2026-03", 1, Measure.SELF_CRITICISM, 1, 2));
    }

    @Test
    void shouldProposeAnAdmonishmentTalk_whenTheUnitLagsAThirdTimeInTheYearWithoutARun() {
        fixture.given(recorded(GUCHANG, "2026-01", 1, true), recorded(GUCHANG, "2026-02", 1, false),
                        recorded(GUCHANG, "2026-03", 1, true), recorded(GUCHANG, "2026-04", 1, false))
                .when(publish(GUCHANG, "2026-05", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-05", 1, true),
                        proposed(GUCHANG, "2026-05", 1, Measure.ADMONISHMENT_TALK, 1, 3));
    }

    @Test
    void shouldNotCountLastYear_inTheYearsTally() {
        fixture.given(recorded(GUCHANG, "2025-10", 1, true), recorded(GUCHANG, "2025-11", 1, false),
                        recorded(GUCHANG, "2025-12", 1, true), recorded(GUCHANG, "2026-01", 1, false))
                .when(publish(GUCHANG, "2026-02", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-02", 1, true),
                        proposed(GUCHANG, "2026-02", 1, Measure.SELF_CRITICISM, 1, 1));
    }

    @Test
    void shouldCountARunAcrossTheTurnOfTheYear() {
        fixture.given(recorded(GUCHANG, "2025-12", 1, true))
                .when(publish(GUCHANG, "2026-01", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-01", 1, true),
                        proposed(GUCHANG, "2026-01", 1, Measure.ADMONISHMENT_TALK, 2, 1));
    }

    @Test
    void shouldBreakTheRun_whenAMonthWasNotPublished() {
        fixture.given(recorded(GUCHANG, "2026-01", 1, true))
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 1, true),
                        proposed(GUCHANG, "2026-03", 1, Measure.SELF_CRITICISM, 1, 2));
    }

    @Test
    void shouldProposeACircular_whenTheUnitLagsThreeMonthsRunning() {
        fixture.given(recorded(GUCHANG, "2026-01", 1, true), recorded(GUCHANG, "2026-02", 1, true))
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 1, true),
                        proposed(GUCHANG, "2026-03", 1, Measure.CIRCULAR_OF_CRITICISM, 3, 3));
    }

    @Test
    void shouldProposeAccountability_whenTheUnitLagsFourMonthsRunning() {
        fixture.given(recorded(GUCHANG, "2026-01", 1, true), recorded(GUCHANG, "2026-02", 1, true),
                        recorded(GUCHANG, "2026-03", 1, true))
                .when(publish(GUCHANG, "2026-04", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-04", 1, true),
                        proposed(GUCHANG, "2026-04", 1, Measure.ACCOUNTABILITY, 4, 4));
    }

    @Test
    void shouldProposeAccountability_whenTheUnitLagsAFifthTimeInTheYear() {
        fixture.given(recorded(GUCHANG, "2026-01", 1, true), recorded(GUCHANG, "2026-02", 1, false),
                        recorded(GUCHANG, "2026-03", 1, true), recorded(GUCHANG, "2026-04", 1, true),
                        recorded(GUCHANG, "2026-05", 1, false), recorded(GUCHANG, "2026-06", 1, true),
                        recorded(GUCHANG, "2026-07", 1, false))
                .when(publish(GUCHANG, "2026-08", 1, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-08", 1, true),
                        proposed(GUCHANG, "2026-08", 1, Measure.ACCOUNTABILITY, 1, 5));
    }

    @Test
    void shouldProposeAnAdmonishmentTalk_whenADepartmentLagsForTheFirstTime() {
        fixture.givenNoPriorActivity()
                .when(publish(HOUSING_DEPT, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(HOUSING_DEPT, "2026-03", 1, true),
                        proposed(HOUSING_DEPT, "2026-03", 1, Measure.ADMONISHMENT_TALK, 1, 1));
    }

    @Test
    void shouldProposeACircular_whenADepartmentLagsTwoMonthsRunning() {
        fixture.given(recorded(HOUSING_DEPT, "2026-02", 1, true))
                .when(publish(HOUSING_DEPT, "2026-03", 1, true), LADDER)
                .expectEvents(recorded(HOUSING_DEPT, "2026-03", 1, true),
                        proposed(HOUSING_DEPT, "2026-03", 1, Measure.CIRCULAR_OF_CRITICISM, 2, 2));
    }

    @Test
    void shouldChangeNothing_whenTheSameIssueIsDeliveredAgain() {
        fixture.given(recorded(GUCHANG, "2026-03", 1, true), proposed(GUCHANG, "2026-03", 1, Measure.SELF_CRITICISM, 1, 1))
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldChangeNothing_whenAnOlderIssueArrivesAfterTheReissue() {
        fixture.given(recorded(GUCHANG, "2026-03", 1, true), recorded(GUCHANG, "2026-03", 2, false))
                .when(publish(GUCHANG, "2026-03", 1, true), LADDER)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldNotCountTheMonthTwice_whenAReissueKeepsTheUnitLagging() {
        fixture.given(recorded(GUCHANG, "2026-02", 1, true), proposed(GUCHANG, "2026-02", 1, Measure.SELF_CRITICISM, 1, 1),
                        recorded(GUCHANG, "2026-03", 1, true), proposed(GUCHANG, "2026-03", 1, Measure.ADMONISHMENT_TALK, 2, 2))
                .when(publish(GUCHANG, "2026-03", 2, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 2, true));
    }

    @Test
    void shouldWithdrawTheProposal_whenAReissueLiftsTheUnitOutOfTheBottom() {
        fixture.given(recorded(GUCHANG, "2026-02", 1, true), proposed(GUCHANG, "2026-02", 1, Measure.SELF_CRITICISM, 1, 1),
                        recorded(GUCHANG, "2026-03", 1, true), proposed(GUCHANG, "2026-03", 1, Measure.ADMONISHMENT_TALK, 2, 2))
                .when(publish(GUCHANG, "2026-03", 2, false), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 2, false),
                        withdrawn(GUCHANG, "2026-03", 2, Measure.ADMONISHMENT_TALK, "Issue 2 of 2026-03 changed the counts"));
    }

    @Test
    void shouldProposeAfresh_whenAReissuePutsTheUnitAtTheBottom() {
        fixture.given(recorded(GUCHANG, "2026-02", 1, true), proposed(GUCHANG, "2026-02", 1, Measure.SELF_CRITICISM, 1, 1),
                        recorded(GUCHANG, "2026-03", 1, false))
                .when(publish(GUCHANG, "2026-03", 2, true), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-03", 2, true),
                        proposed(GUCHANG, "2026-03", 2, Measure.ADMONISHMENT_TALK, 2, 2));
    }

    @Test
    void shouldReconsiderLaterMonths_whenAnEarlierMonthIsReissued() {
        fixture.given(recorded(GUCHANG, "2026-02", 1, true), proposed(GUCHANG, "2026-02", 1, Measure.SELF_CRITICISM, 1, 1),
                        recorded(GUCHANG, "2026-03", 1, true), proposed(GUCHANG, "2026-03", 1, Measure.ADMONISHMENT_TALK, 2, 2))
                .when(publish(GUCHANG, "2026-02", 2, false), LADDER)
                .expectEvents(recorded(GUCHANG, "2026-02", 2, false),
                        withdrawn(GUCHANG, "2026-02", 2, Measure.SELF_CRITICISM, "Issue 2 of 2026-02 changed the counts"),
                        withdrawn(GUCHANG, "2026-03", 1, Measure.ADMONISHMENT_TALK, "Issue 2 of 2026-02 changed the counts"),
                        proposed(GUCHANG, "2026-03", 1, Measure.SELF_CRITICISM, 1, 1));
    }

    @Test
    void shouldRefuseTheStanding_whenSentByAStreetOffice() {
        fixture.givenNoPriorActivity()
                .when(publish(GUCHANG, "2026-03", 1, true),
                        new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData())
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    private static RecordPublishedStandingCommand publish(ResponsibleUnit unit, String month, int issue, boolean lagging) {
        return new RecordPublishedStandingCommand(unit, COUNTY, "assessment-520523-" + month, YearMonth.parse(month), issue,
                lagging ? 9 : 1, lagging);
    }

    private static StandingRecordedEvent recorded(ResponsibleUnit unit, String month, int issue, boolean lagging) {
        return new StandingRecordedEvent(StandingId.of(COUNTY, unit), unit, COUNTY, YearMonth.parse(month),
                "assessment-520523-" + month, issue, lagging ? 9 : 1, lagging);
    }

    private static MeasureProposedEvent proposed(ResponsibleUnit unit, String month, int issue, Measure measure, int running,
                                                 int inYear) {
        String rule = EscalationPolicy.DEFAULT.propose(unit.kind(), running, inYear).orElseThrow().rule();
        return new MeasureProposedEvent(StandingId.of(COUNTY, unit), unit, COUNTY, YearMonth.parse(month), issue, measure,
                running, inYear, rule);
    }

    private static MeasureProposalWithdrawnEvent withdrawn(ResponsibleUnit unit, String month, int issue, Measure measure,
                                                           String reason) {
        return new MeasureProposalWithdrawnEvent(StandingId.of(COUNTY, unit), unit, COUNTY, YearMonth.parse(month), issue,
                measure, reason);
    }
}
