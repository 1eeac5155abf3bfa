package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ConsentRegisterTest.STREET_OFFICE;
import static org.renewalledger.command.compound.ConsentRegisterTest.refusal;
import static org.renewalledger.command.compound.ProjectBuilder.BUDGET;
import static org.renewalledger.command.compound.ProjectBuilder.ID;
import static org.renewalledger.command.compound.ProjectBuilder.NOTICE_LAST_DAY;
import static org.renewalledger.command.compound.ProjectBuilder.aProject;
import static org.renewalledger.command.compound.ProjectBuilder.closed;
import static org.renewalledger.command.compound.ProjectBuilder.voted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.ConsentPolicy;
import org.renewalledger.command.policy.FundingPolicy;
import org.renewalledger.command.policy.Threshold;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.command.policy.NoticePolicy;
import org.renewalledger.command.policy.PeriodCounting;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.ApproveSchemeCommand;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.FundingLine;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.PublishNoticeCommand;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.funding.FundingSource;

/** 方案审定: approval only when the notice has run, the owners consent, residents govern, and the money adds up. */
class SchemeApprovalTest {

    static final Map<String, ?> BUREAU = new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523")).asMetaData();
    private static final LocalDate DAY_AFTER_NOTICE = NOTICE_LAST_DAY.plusDays(1);
    private static final ConsentTally TWO_THIRDS = new ConsentTally(3, Area.ofSquareMetres("300"),
            2, Area.ofSquareMetres("200"), 1, Area.ofSquareMetres("100"), 0, new Area(0));

    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT));
        fixture.registerInjectableResource(WorkingDayCalendar.fromClasspath(2024, 2025, 2026));
        Witnesses.register(fixture, ProjectBuilder.NOTICE_STARTS);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    /**
     * Civil Code Art. 201: posted Mon 29 Sep 2025, the notice counts from the day after: 30 Sep, then (National Day
     * off) 9, 10, Sat 11 (a make-up workday) and Mon 13 Oct, its fifth working day. (Under default-2026.1, which
     * counted the posting day, it ended on 11 Oct; ProjectBuilder's stored notices keep that day.)
     */
    @Test
    void shouldPublishTheNoticeWithItsFifthWorkingDayAcrossTheHoliday_countedFromTheDayAfterPosting() {
        fixture.given(aProject().atSchemeSubmitted())
                .when(notice(ProjectBuilder.NOTICE_STARTS), STREET_OFFICE)
                .expectEvents(new NoticePublishedEvent(ID, ProjectBuilder.NOTICE_STARTS, 5, LocalDate.of(2025, 10, 13),
                        DateClaim.ON_TIME, List.of(Witnesses.PHOTO)));
    }

    /** The old count stays available as a policy choice, so a version set under it keeps deciding as it did. */
    @Test
    void shouldCountThePostingDay_underAPolicyVersionSetBeforeArticle201() {
        PolicySet old = new PolicySet("default-2026.1", PolicySet.DEFAULT.eligibility(), PolicySet.DEFAULT.consent(),
                new NoticePolicy(5, PeriodCounting.POSTING_DAY_INCLUDED), PolicySet.DEFAULT.funding(),
                PolicySet.DEFAULT.maintenanceFund(), PolicySet.DEFAULT.elevatorConsent());
        FixtureConfiguration<Compound> before = new AggregateTestFixture<>(Compound.class);
        before.registerInjectableResource(PolicyBook.withDefaults(old));
        before.registerInjectableResource(WorkingDayCalendar.fromClasspath(2025));
        Witnesses.register(before, ProjectBuilder.NOTICE_STARTS);
        before.given(aProject().atSchemeSubmitted())
                .when(notice(ProjectBuilder.NOTICE_STARTS), STREET_OFFICE)
                .expectEvents(new NoticePublishedEvent(ID, ProjectBuilder.NOTICE_STARTS, 5, NOTICE_LAST_DAY,
                        DateClaim.ON_TIME, List.of(Witnesses.PHOTO)));
    }

    static PublishNoticeCommand notice(LocalDate startsOn) {
        return new PublishNoticeCommand(ID, startsOn, null, List.of(Witnesses.PHOTO));
    }

    @Test
    void shouldApprove_whenEveryGateHolds_recordingTallyRulesAndPolicyVersion() {
        fixture.given(aProject().atConsentGiven())
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectEvents(new SchemeApprovedEvent(ID, DAY_AFTER_NOTICE, TWO_THIRDS,
                        PolicySet.DEFAULT.consent().evaluate(TWO_THIRDS).rule(), NOTICE_LAST_DAY, BUDGET,
                        Money.ofYuan("100000"), PolicySet.DEFAULT.funding().rule(), PolicySet.DEFAULT_VERSION));
    }

    @Test
    void shouldRefuseApproval_whenNoticeHasNotRun_onItsFifthWorkingDayAfterTheHoliday() {
        fixture.given(aProject().atConsentGiven())
                .when(new ApproveSchemeCommand(ID, NOTICE_LAST_DAY), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.NOTICE_PERIOD_NOT_OVER));
    }

    @Test
    void shouldRefuseApproval_whenConsentIsJustBelowTwoThirdsOfTheArea() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(new ConsentRecordedEvent(ID, ConsentMatter.SCHEME, OwnerReference.of("1-1-102"),
                Area.ofSquareMetres("99.99"), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM,
                ProjectBuilder.CAST_AT, false));
        history.add(closed(ConsentMatter.SCHEME, ProjectBuilder.tally("199.99", 2, "0", 0, "0", 0), false));
        fixture.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_THRESHOLD_NOT_MET));
    }

    @Test
    void shouldRefuseApproval_whenTheLatestVoteTurnedAgainst() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.ABSTAIN, true));
        history.add(closed(ConsentMatter.SCHEME, ProjectBuilder.tally("100", 1, "0", 0, "100", 1), false));
        fixture.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_THRESHOLD_NOT_MET));
    }

    @Test
    void shouldRefuseApproval_whenTheCountIsStillOpen() {
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        fixture.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.CONSENT_COUNT_NOT_CLOSED));
    }

    @Test
    void shouldApplyTheCivilCodeFraming_whenThePolicyInForceSaysSo() {
        FixtureConfiguration<Compound> civilCode = new AggregateTestFixture<>(Compound.class);
        civilCode.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT.withConsent("civil-code-test", ConsentPolicy.CIVIL_CODE_MAJOR)));
        civilCode.registerInjectableResource(WorkingDayCalendar.fromClasspath(2025));
        // two of three take part and agree: the quorum (2/3) holds and 2/2 ≥ 3/4 agree
        List<Object> history = aProject().atNoticePublished();
        history.add(voted("1-1-101", ConsentChoice.AGREE));
        history.add(voted("1-1-102", ConsentChoice.AGREE));
        history.add(closed(ConsentMatter.SCHEME, ProjectBuilder.tally("200", 2, "0", 0, "0", 0), true));
        ConsentTally tally = new ConsentTally(3, Area.ofSquareMetres("300"), 2, Area.ofSquareMetres("200"),
                0, new Area(0), 0, new Area(0));
        civilCode.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectEvents(new SchemeApprovedEvent(ID, DAY_AFTER_NOTICE, tally,
                        ConsentPolicy.CIVIL_CODE_MAJOR.evaluate(tally).rule(), NOTICE_LAST_DAY, BUDGET,
                        Money.ofYuan("100000"), PolicySet.DEFAULT.funding().rule(), "civil-code-test"));
    }

    @Test
    void shouldDecideUnderTheCountysOwnPolicy_andNameItsVersion() {
        FixtureConfiguration<Compound> county = new AggregateTestFixture<>(Compound.class);
        county.registerInjectableResource(PolicyBook.withDefaults(PolicySet.DEFAULT).apply(
                new org.renewalledger.kernel.policy.JurisdictionPolicySetEvent("policy-register",
                        JurisdictionCode.of("520523"), "jinsha-2026.1", 2000, "double-two-thirds", 7, 10)));
        county.registerInjectableResource(WorkingDayCalendar.fromClasspath(2025));
        Witnesses.register(county, ProjectBuilder.NOTICE_STARTS);
        // seven working days after Mon 29 Sep 2025 (Civil Code Art. 201): 30 Sep, 9, 10, 11, 13, 14, 15 Oct
        county.given(aProject().atSchemeSubmitted())
                .when(notice(ProjectBuilder.NOTICE_STARTS), STREET_OFFICE)
                .expectEvents(new NoticePublishedEvent(ID, ProjectBuilder.NOTICE_STARTS, 7, LocalDate.of(2025, 10, 15),
                        DateClaim.ON_TIME, List.of(Witnesses.PHOTO)));
        county.given(aProject().atConsentGiven())
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectEvents(new SchemeApprovedEvent(ID, DAY_AFTER_NOTICE, TWO_THIRDS,
                        PolicySet.DEFAULT.consent().evaluate(TWO_THIRDS).rule(), NOTICE_LAST_DAY, BUDGET,
                        Money.ofYuan("100000"), new FundingPolicy(Threshold.atLeast(10, 100)).rule(), "jinsha-2026.1"));
    }

    @Test
    void shouldRefuseApproval_whenNoSelfGovernanceOrganisationExists() {
        List<Object> history = aProject().withoutSelfGovernance().atConsentGiven();
        fixture.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.SELF_GOVERNANCE_MISSING));
    }

    @Test
    void shouldRefuseApproval_whenTheFundingPlanFallsShortOfTheBudget() {
        List<Object> history = aProject().withFunding(
                new FundingLine(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("800000")),
                new FundingLine(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("199999.99"))).atConsentGiven();
        fixture.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.FUNDING_DOES_NOT_COVER_BUDGET));
    }

    @Test
    void shouldRefuseApproval_whenTheResidentsShareIsBelowTenPercent() {
        List<Object> history = aProject().withFunding(
                new FundingLine(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("900000.01")),
                new FundingLine(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("99999.99"))).atConsentGiven();
        fixture.given(history)
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.RESIDENT_SHARE_TOO_LOW));
    }

    @Test
    void shouldRefuseApproval_byAStreetOffice_becauseApprovalIsTheHousingBureaus() {
        fixture.given(aProject().atConsentGiven())
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseApproval_byTheHousingBureauOfAnotherCounty() {
        Map<String, ?> otherCounty = new Actor("zhao", Role.HOUSING_BUREAU, JurisdictionCode.of("520502")).asMetaData();
        fixture.given(aProject().atConsentGiven())
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), otherCounty)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseApproval_beforeTheNoticeIsPublished() {
        fixture.given(aProject().atSchemeSubmitted())
                .when(new ApproveSchemeCommand(ID, DAY_AFTER_NOTICE), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER));
    }
}
