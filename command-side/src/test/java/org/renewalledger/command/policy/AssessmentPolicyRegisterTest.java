package org.renewalledger.command.policy;

import static org.renewalledger.command.policy.PolicyRegisterTest.refusal;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.CheckpointSchedule;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.policy.SetAssessmentPolicyCommand;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;

/** A jurisdiction's assessment policy, set by command in the policy register: one definition per version name. */
class AssessmentPolicyRegisterTest {

    private static final JurisdictionCode CHUANSHAN = JurisdictionCode.of("510903");
    private static final JurisdictionCode CHUANSHAN_CITY = JurisdictionCode.of("510900");
    private static final Map<String, ?> BUREAU = new Actor("chen", Role.HOUSING_BUREAU, CHUANSHAN).asMetaData();
    private static final String REGISTER = SetJurisdictionPolicyCommand.REGISTER_ID;

    /** The default with checkpoints a county chose (40% in 90 days, 70% in 180) and quotas. */
    static final AssessmentPolicy CHECKPOINTS = new AssessmentPolicy("chuanshan-2026.1", AssessmentPolicy.DEFAULT.answersFor(),
            true, AssessmentPolicy.ZeroTarget.REWEIGHTED, 100, 50, 9500, 8500, 7500, new AssessmentPolicy.Quotas(30, 40),
            AssessmentPolicy.Lagging.behindSchedule(15), new AssessmentPolicy.Rewards(50, 100), 5,
            new CheckpointSchedule("chuanshan-checkpoints", java.util.List.of(new CheckpointSchedule.Checkpoint(90, 40),
                    new CheckpointSchedule.Checkpoint(180, 70))));

    private FixtureConfiguration<PolicyRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyRegister.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    @Test
    void shouldSetACountysOwnAssessmentPolicy_byItsHousingBureau() {
        fixture.givenNoPriorActivity()
                .when(new SetAssessmentPolicyCommand(CHUANSHAN, CHECKPOINTS), BUREAU)
                .expectEvents(new AssessmentPolicySetEvent(REGISTER, CHUANSHAN, CHECKPOINTS));
    }

    @Test
    void shouldLetACountyChooseTheFirstReleasesRulesByName() {
        fixture.givenNoPriorActivity()
                .when(new SetAssessmentPolicyCommand(CHUANSHAN, AssessmentPolicy.ASSESSMENT_2026_1), BUREAU)
                .expectEvents(new AssessmentPolicySetEvent(REGISTER, CHUANSHAN, AssessmentPolicy.ASSESSMENT_2026_1));
    }

    @Test
    void shouldLetAnotherJurisdictionChooseAPolicySetBefore_withTheSameDefinition() {
        Map<String, ?> city = new Actor("li", Role.HOUSING_BUREAU, CHUANSHAN_CITY).asMetaData();
        fixture.given(new AssessmentPolicySetEvent(REGISTER, CHUANSHAN, CHECKPOINTS))
                .when(new SetAssessmentPolicyCommand(CHUANSHAN_CITY, CHECKPOINTS), city)
                .expectEvents(new AssessmentPolicySetEvent(REGISTER, CHUANSHAN_CITY, CHECKPOINTS));
    }

    @Test
    void shouldRefuseABuiltInNameForOtherRules() {
        AssessmentPolicy disguised = new AssessmentPolicy(AssessmentPolicy.DEFAULT.version(), AssessmentPolicy.DEFAULT.answersFor(),
                true, AssessmentPolicy.ZeroTarget.FULL_MARKS, 100, 50, 9500, 8500, 7500, null,
                AssessmentPolicy.Lagging.behindSchedule(10), AssessmentPolicy.Rewards.NONE, 5, CheckpointSchedule.TIME_PROPORTIONAL);
        fixture.givenNoPriorActivity()
                .when(new SetAssessmentPolicyCommand(CHUANSHAN, disguised), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.POLICY_VERSION_REUSED));
    }

    @Test
    void shouldRefuseAVersionNameAnEligibilityPolicyUses() {
        fixture.given(new JurisdictionPolicySetEvent(REGISTER, CHUANSHAN, "chuanshan-2026.1", 2000, "double-two-thirds", 5, 10))
                .when(new SetAssessmentPolicyCommand(CHUANSHAN, CHECKPOINTS), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.POLICY_VERSION_REUSED));
    }

    @Test
    void shouldRefuseTheStreetOffice_settingTheRulesItIsAssessedBy() {
        fixture.givenNoPriorActivity()
                .when(new SetAssessmentPolicyCommand(CHUANSHAN, CHECKPOINTS),
                        new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("510903001")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }
}
