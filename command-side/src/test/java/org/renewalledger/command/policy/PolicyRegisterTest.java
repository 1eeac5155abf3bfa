package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;

/** Per-jurisdiction policy, set by command: new version names only, by the county's bureau or an administrator. */
class PolicyRegisterTest {

    private static final JurisdictionCode JINSHA = JurisdictionCode.of("520523");
    private static final Map<String, ?> BUREAU = new Actor("chen", Role.HOUSING_BUREAU, JINSHA).asMetaData();

    private FixtureConfiguration<PolicyRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyRegister.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    private static SetJurisdictionPolicyCommand civilCode(String version) {
        return new SetJurisdictionPolicyCommand(JINSHA, version, 2000, "civil-code-278-major", 7, 15);
    }

    private static JurisdictionPolicySetEvent civilCodeSet(String version) {
        return new JurisdictionPolicySetEvent(SetJurisdictionPolicyCommand.REGISTER_ID, JINSHA, version, 2000,
                "civil-code-278-major", 7, 15);
    }

    @Test
    void shouldSetACountysPolicy_byItsHousingBureau() {
        fixture.givenNoPriorActivity()
                .when(civilCode("jinsha-2026.1"), BUREAU)
                .expectEvents(civilCodeSet("jinsha-2026.1"));
    }

    @Test
    void shouldRecordACountysOwnExtensionYearAndCap() {
        fixture.givenNoPriorActivity()
                .when(new SetJurisdictionPolicyCommand(JINSHA, "jinsha-2026.2", 2000, "double-two-thirds", 5, 10, 2003, 10), BUREAU)
                .expectEvents(new JurisdictionPolicySetEvent(SetJurisdictionPolicyCommand.REGISTER_ID, JINSHA, "jinsha-2026.2",
                        2000, "double-two-thirds", 5, 10, 2003, 10));
    }

    @Test
    void shouldRefuseAnExtensionYearBeforeTheCutOff() {
        assertThatThrownBy(() -> new SetJurisdictionPolicyCommand(JINSHA, "x-2", 2000,
                        "double-two-thirds", 5, 10, 1999, 15))
                .isInstanceOf(DomainException.class).hasMessageContaining("extensionBuiltBeforeYear");
    }

    @Test
    void shouldRefuseAVersionNameUsedBefore() {
        fixture.given(civilCodeSet("jinsha-2026.1"))
                .when(civilCode("jinsha-2026.1"), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.POLICY_VERSION_REUSED));
    }

    @Test
    void shouldRefuseAnUnknownConsentFraming() {
        fixture.givenNoPriorActivity()
                .when(new SetJurisdictionPolicyCommand(JINSHA, "x-1", 2000, "simple-majority", 5, 10), BUREAU)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void shouldRefuseAnotherCountysBureau() {
        Map<String, ?> otherCounty = new Actor("zhao", Role.HOUSING_BUREAU, JurisdictionCode.of("520502")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(civilCode("jinsha-2026.1"), otherCounty)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAStreetOffice() {
        Map<String, ?> office = new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(civilCode("jinsha-2026.1"), office)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}
