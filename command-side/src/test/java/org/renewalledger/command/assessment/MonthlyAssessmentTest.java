package org.renewalledger.command.assessment;

import static org.renewalledger.command.assessment.AnnualPlanTest.COUNTY;
import static org.renewalledger.command.assessment.AnnualPlanTest.HOUSING;
import static org.renewalledger.command.assessment.AnnualPlanTest.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.MonthlyAssessmentClosedEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentReissuedEvent;
import org.renewalledger.kernel.assessment.ReissueMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;

/**
 * A month's assessment: one close, explicit and ordered reissues, results that follow the policy from the scores.
 * Most rules are shown under the first release's policy (its quotas make an inconsistent grade easy to build);
 * the last tests close under the default policy and under one the policy register has set.
 */
class MonthlyAssessmentTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    private static final String ID = "assessment-520523-2025-10";
    private static final String POLICY = AssessmentPolicy.ASSESSMENT_2026_1.version();
    private static final LocalDate AFTER_DUE = LocalDate.of(2025, 11, 6);

    private FixtureConfiguration<MonthlyAssessment> fixture;
    private final AssessmentPolicyBook policies = AssessmentPolicyBook.builtIn();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MonthlyAssessment.class);
        fixture.registerInjectableResource(policies);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    /** Five street offices graded and ranked by the policy. */
    private static List<UnitResult> results(int... scores) {
        List<AssessmentPolicy.UnitScore> units = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            units.add(new AssessmentPolicy.UnitScore(ResponsibleUnit.streetOffice(JurisdictionCode.of(String.format("520523%03d", i + 1))),
                    scores[i]));
        }
        return AssessmentPolicy.ASSESSMENT_2026_1.rank(units);
    }

    private static MonthlyAssessmentClosedEvent closed(List<UnitResult> results) {
        return new MonthlyAssessmentClosedEvent(ID, COUNTY, OCTOBER, 1, results, POLICY);
    }

    @Test
    void shouldFreezeTheResults_whenTheMonthIsClosed() {
        List<UnitResult> results = results(9950, 9550, 9500, 7500, 7500);
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results, POLICY, AFTER_DUE), HOUSING)
                .expectEvents(closed(results))
                .expectResultMessagePayload(1);
    }

    @Test
    void shouldRefuseASecondClose() {
        List<UnitResult> results = results(9950, 9550, 9500, 7500, 7500);
        fixture.given(closed(results))
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results, POLICY, AFTER_DUE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_ALREADY_CLOSED));
    }

    @Test
    void shouldRefuseToClose_untilTheMonthsReportsAreDue() {
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results(9000, 8000, 7000, 6000, 5000), POLICY,
                        LocalDate.of(2025, 11, 5)), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_MONTH_NOT_OVER));
    }

    @Test
    void shouldRefuseResultsWhoseGradesDoNotFollowFromTheScores() {
        List<UnitResult> results = new ArrayList<>(results(9950, 9550, 9500, 7500, 7500));
        UnitResult second = results.get(1);
        results.set(1, new UnitResult(second.unit(), second.scoreHundredths(), Grade.EXCELLENT, second.rank(), second.lagging()));
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results, POLICY, AFTER_DUE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_RESULTS_INCONSISTENT));
    }

    @Test
    void shouldRefuseAnUnknownPolicy_andAMonthWithoutUnits() {
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results(9000), "assessment-1999.1", AFTER_DUE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_POLICY_UNKNOWN));
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, List.of(), POLICY, AFTER_DUE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.NO_UNITS_TO_ASSESS));
    }

    @Test
    void shouldReissueWithTheNextIssueNumberAndTheReason() {
        List<UnitResult> corrected = results(9950, 9550, 9500, 7519, 7500);
        fixture.given(closed(results(9950, 9550, 9500, 7500, 7500)))
                .when(new ReissueMonthlyAssessmentCommand(COUNTY, OCTOBER, corrected, POLICY, "凯旋路街道完工任务更正"), HOUSING)
                .expectEvents(new MonthlyAssessmentReissuedEvent(ID, COUNTY, OCTOBER, 2, corrected, POLICY, "凯旋路街道完工任务更正"))
                .expectResultMessagePayload(2);
    }

    @Test
    void shouldNumberReissuesInOrder() {
        List<UnitResult> first = results(9950, 9550, 9500, 7500, 7500);
        List<UnitResult> second = results(9950, 9550, 9500, 7519, 7500);
        List<UnitResult> third = results(9950, 9550, 9500, 7600, 7500);
        fixture.given(closed(first), new MonthlyAssessmentReissuedEvent(ID, COUNTY, OCTOBER, 2, second, POLICY, "更正"))
                .when(new ReissueMonthlyAssessmentCommand(COUNTY, OCTOBER, third, POLICY, "再次更正"), HOUSING)
                .expectEvents(new MonthlyAssessmentReissuedEvent(ID, COUNTY, OCTOBER, 3, third, POLICY, "再次更正"));
    }

    @Test
    void shouldRefuseAReissue_ofAMonthNotClosed() {
        fixture.givenNoPriorActivity()
                .when(new ReissueMonthlyAssessmentCommand(COUNTY, OCTOBER, results(9000, 8000), POLICY, "更正"), HOUSING)
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void shouldRefuseAReissue_thatChangesNothing() {
        List<UnitResult> results = results(9950, 9550, 9500, 7500, 7500);
        fixture.given(closed(results))
                .when(new ReissueMonthlyAssessmentCommand(COUNTY, OCTOBER, results, POLICY, "重发"), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_UNCHANGED));
    }

    /** The county's street offices and its housing bureau, which set itself a plan: a ranking that includes the bureau. */
    private static List<UnitResult> withTheBureau() {
        return AssessmentPolicy.DEFAULT.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9900, 0),
                new AssessmentPolicy.UnitScore(new ResponsibleUnit("520523-HOUSING_BUREAU", UnitKind.DEPARTMENT, COUNTY), 9800, 0)));
    }

    @Test
    void shouldRefuseTheHousingBureau_closingARankingThatIncludesItself() {
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, withTheBureau(), AssessmentPolicy.DEFAULT.version(), AFTER_DUE),
                        HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_OWN_RANKING));
    }

    @Test
    void shouldRefuseTheHousingBureau_reissuingARankingThatIncludesItself() {
        List<UnitResult> closed = withTheBureau();
        String policy = AssessmentPolicy.DEFAULT.version();
        List<UnitResult> corrected = AssessmentPolicy.DEFAULT.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9700, 0),
                new AssessmentPolicy.UnitScore(closed.get(1).unit(), 9800, 0)));
        fixture.given(new MonthlyAssessmentClosedEvent(ID, COUNTY, OCTOBER, 1, closed, policy))
                .when(new ReissueMonthlyAssessmentCommand(COUNTY, OCTOBER, corrected, policy, "更正"), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_OWN_RANKING));
    }

    @Test
    void shouldLetTheReviewOffice_closeARankingThatIncludesTheHousingBureau() {
        List<UnitResult> results = withTheBureau();
        String policy = AssessmentPolicy.DEFAULT.version();
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results, policy, AFTER_DUE),
                        new Actor("zhou", Role.DISCIPLINE_OFFICE, COUNTY).asMetaData())
                .expectEvents(new MonthlyAssessmentClosedEvent(ID, COUNTY, OCTOBER, 1, results, policy));
    }

    @Test
    void shouldLetTheCitysHousingBureau_reissueARankingThatIncludesTheCountysBureau() {
        List<UnitResult> closed = withTheBureau();
        String policy = AssessmentPolicy.DEFAULT.version();
        List<UnitResult> corrected = AssessmentPolicy.DEFAULT.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9700, 0),
                new AssessmentPolicy.UnitScore(closed.get(1).unit(), 9800, 0)));
        fixture.given(new MonthlyAssessmentClosedEvent(ID, COUNTY, OCTOBER, 1, closed, policy))
                .when(new ReissueMonthlyAssessmentCommand(COUNTY, OCTOBER, corrected, policy, "更正"),
                        new Actor("li", Role.HOUSING_BUREAU, JurisdictionCode.of("520500")).asMetaData())
                .expectEvents(new MonthlyAssessmentReissuedEvent(ID, COUNTY, OCTOBER, 2, corrected, policy, "更正"));
    }

    @Test
    void shouldRefuseTheReviewOffice_ofAnotherCounty() {
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, withTheBureau(), AssessmentPolicy.DEFAULT.version(), AFTER_DUE),
                        new Actor("wu", Role.DISCIPLINE_OFFICE, JurisdictionCode.of("520524")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldFreezeTheResults_underTheDefaultPolicy_withEachUnitsShortfall() {
        List<UnitResult> results = AssessmentPolicy.DEFAULT.rank(List.of(
                new AssessmentPolicy.UnitScore(office(1), 10_200, 0),
                new AssessmentPolicy.UnitScore(office(2), 9950, 0),
                new AssessmentPolicy.UnitScore(office(3), 7854, 2188)));
        assertThat(results).extracting(UnitResult::lagging).containsExactly(false, false, true);
        String policy = AssessmentPolicy.DEFAULT.version();
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results, policy, AFTER_DUE), HOUSING)
                .expectEvents(new MonthlyAssessmentClosedEvent(ID, COUNTY, OCTOBER, 1, results, policy));
    }

    @Test
    void shouldRefuseALaggingMarkThatDoesNotFollowFromTheShortfall() {
        // 10.00% behind is within the default's 10% margin: not lagging
        UnitResult within = AssessmentPolicy.DEFAULT.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9000, 1000))).get(0);
        assertThat(within.lagging()).isFalse();
        UnitResult marked = new UnitResult(within.unit(), 9000, within.grade(), 1, true, 1000);
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, List.of(marked), AssessmentPolicy.DEFAULT.version(),
                        AFTER_DUE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ASSESSMENT_RESULTS_INCONSISTENT));
    }

    @Test
    void shouldCloseUnderAPolicyTheRegisterSet() {
        AssessmentPolicy bottomTwo = new AssessmentPolicy("suining-2026.1", AssessmentPolicy.DEFAULT.answersFor(), true,
                AssessmentPolicy.ZeroTarget.REWEIGHTED, 100, 50, 9500, 8500, 7500, null, AssessmentPolicy.Lagging.bottom(2),
                AssessmentPolicy.Rewards.NONE, 5, AssessmentPolicy.DEFAULT.schedule());
        policies.apply(new AssessmentPolicySetEvent("policy-register", COUNTY, bottomTwo));
        List<UnitResult> results = bottomTwo.rank(List.of(new AssessmentPolicy.UnitScore(office(1), 9900),
                new AssessmentPolicy.UnitScore(office(2), 9800), new AssessmentPolicy.UnitScore(office(3), 9700)));
        assertThat(results).extracting(UnitResult::lagging).containsExactly(false, true, true);
        fixture.givenNoPriorActivity()
                .when(new CloseMonthlyAssessmentCommand(COUNTY, OCTOBER, results, "suining-2026.1", AFTER_DUE), HOUSING)
                .expectEvents(new MonthlyAssessmentClosedEvent(ID, COUNTY, OCTOBER, 1, results, "suining-2026.1"));
    }

    private static ResponsibleUnit office(int n) {
        return ResponsibleUnit.streetOffice(JurisdictionCode.of(String.format("520523%03d", n)));
    }
}
