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
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.review.DecideRewardCommand;
import org.renewalledger.kernel.review.RecordPublishedStandingCommand;
import org.renewalledger.kernel.review.Reward;
import org.renewalledger.kernel.review.RewardDecidedEvent;
import org.renewalledger.kernel.review.RewardProposalWithdrawnEvent;
import org.renewalledger.kernel.review.RewardProposedEvent;
import org.renewalledger.kernel.review.StandingId;
import org.renewalledger.kernel.review.StandingRecordedEvent;

/**
 * Rewards beside the ladder: an excellent month proposes a commendation (表彰), three in a row priority funding
 * (资金倾斜); a reissue withdraws what no longer holds; the review office decides each proposal once.
 */
class UnitRewardTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("510903");
    private static final ResponsibleUnit JIEFULU = ResponsibleUnit.streetOffice(JurisdictionCode.of("510903001"));
    private static final StandingId STANDING = StandingId.of(COUNTY, JIEFULU);
    private static final Map<String, ?> LADDER = new Actor("escalation-ladder", Role.DISCIPLINE_OFFICE, COUNTY).asMetaData();
    private static final Map<String, ?> REVIEW_OFFICE = new Actor("zhou", Role.DISCIPLINE_OFFICE, COUNTY).asMetaData();

    private FixtureConfiguration<UnitStanding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitStanding.class);
        fixture.registerInjectableResource(EscalationPolicy.DEFAULT);
        fixture.registerInjectableResource(RewardPolicy.DEFAULT);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    @Test
    void shouldProposeACommendation_forAnExcellentMonth() {
        fixture.givenNoPriorActivity()
                .when(publish("2020-08", 1, Grade.EXCELLENT, false), LADDER)
                .expectEvents(recorded("2020-08", 1, Grade.EXCELLENT, false),
                        proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"));
    }

    @Test
    void shouldProposeNothing_forAGoodMonth_orAnExcellentOneThatLags() {
        fixture.givenNoPriorActivity()
                .when(publish("2020-08", 1, Grade.GOOD, false), LADDER)
                .expectEvents(recorded("2020-08", 1, Grade.GOOD, false));
        fixture.givenNoPriorActivity()
                .when(publish("2020-08", 1, Grade.EXCELLENT, true), LADDER)
                .expectEvents(recorded("2020-08", 1, Grade.EXCELLENT, true),
                        new org.renewalledger.kernel.review.MeasureProposedEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse("2020-08"), 1,
                                org.renewalledger.kernel.review.Measure.SELF_CRITICISM, 1, 1,
                                EscalationPolicy.DEFAULT.propose(JIEFULU.kind(), 1, 1).orElseThrow().rule()));
    }

    @Test
    void shouldProposePriorityFunding_afterThreeExcellentMonthsRunning() {
        fixture.given(recorded("2020-06", 1, Grade.EXCELLENT, false), proposed("2020-06", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"),
                        recorded("2020-07", 1, Grade.EXCELLENT, false), proposed("2020-07", 1, Reward.COMMENDATION, 2, "rewards-2026.1: excellent"))
                .when(publish("2020-08", 1, Grade.EXCELLENT, false), LADDER)
                .expectEvents(recorded("2020-08", 1, Grade.EXCELLENT, false),
                        proposed("2020-08", 1, Reward.PRIORITY_FUNDING, 3, "rewards-2026.1: excellent 3 months running (≥ 3)"));
    }

    @Test
    void shouldWithdrawTheProposal_whenAReissueTakesTheExcellentGradeAway() {
        fixture.given(recorded("2020-08", 1, Grade.EXCELLENT, false), proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"))
                .when(publish("2020-08", 2, Grade.GOOD, false), LADDER)
                .expectEvents(recorded("2020-08", 2, Grade.GOOD, false),
                        new RewardProposalWithdrawnEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse("2020-08"), 2,
                                Reward.COMMENDATION, "Issue 2 of 2020-08 changed the standing"));
    }

    @Test
    void shouldRecordTheReviewOfficesDecision() {
        fixture.given(recorded("2020-08", 1, Grade.EXCELLENT, false), proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"))
                .when(decide(Reward.COMMENDATION, true), REVIEW_OFFICE)
                .expectEvents(new RewardDecidedEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse("2020-08"), Reward.COMMENDATION, true,
                        "全区通报表扬"));
    }

    @Test
    void shouldRefuseADecision_onARewardNotProposed_orDecidedBefore() {
        fixture.given(recorded("2020-08", 1, Grade.EXCELLENT, false), proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"))
                .when(decide(Reward.PRIORITY_FUNDING, true), REVIEW_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.REWARD_NOT_PROPOSED));
        fixture.given(recorded("2020-08", 1, Grade.EXCELLENT, false), proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"),
                        new RewardDecidedEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse("2020-08"), Reward.COMMENDATION, false, "暂缓"))
                .when(decide(Reward.COMMENDATION, true), REVIEW_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.REWARD_ALREADY_DECIDED));
    }

    @Test
    void shouldKeepADecidedMonth_whenAReissueChangesIt() {
        fixture.given(recorded("2020-08", 1, Grade.EXCELLENT, false), proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"),
                        new RewardDecidedEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse("2020-08"), Reward.COMMENDATION, true, "表彰"))
                .when(publish("2020-08", 2, Grade.GOOD, false), LADDER)
                .expectEvents(recorded("2020-08", 2, Grade.GOOD, false));
    }

    @Test
    void shouldRefuseTheHousingBureau_decidingARewardForItsOwnProgramme() {
        fixture.given(recorded("2020-08", 1, Grade.EXCELLENT, false), proposed("2020-08", 1, Reward.COMMENDATION, 1, "rewards-2026.1: excellent"))
                .when(decide(Reward.COMMENDATION, true), new Actor("chen", Role.HOUSING_BUREAU, COUNTY).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    private static DecideRewardCommand decide(Reward reward, boolean granted) {
        return new DecideRewardCommand(JIEFULU, COUNTY, YearMonth.parse("2020-08"), reward, granted, "全区通报表扬");
    }

    private static RecordPublishedStandingCommand publish(String month, int issue, Grade grade, boolean lagging) {
        return new RecordPublishedStandingCommand(JIEFULU, COUNTY, "assessment-510903-" + month, YearMonth.parse(month), issue,
                1, lagging, grade);
    }

    private static StandingRecordedEvent recorded(String month, int issue, Grade grade, boolean lagging) {
        return new StandingRecordedEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse(month), "assessment-510903-" + month, issue, 1,
                lagging, grade);
    }

    private static RewardProposedEvent proposed(String month, int issue, Reward reward, int running, String rule) {
        return new RewardProposedEvent(STANDING, JIEFULU, COUNTY, YearMonth.parse(month), issue, reward, running, rule);
    }
}
