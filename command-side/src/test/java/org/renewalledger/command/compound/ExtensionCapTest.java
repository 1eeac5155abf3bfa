package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renewalledger.command.compound.CompoundRegistrationBuilder.aCompound;
import static org.renewalledger.command.compound.ProgrammeBuilder.EXTENSION_RULE;
import static org.renewalledger.command.compound.ProgrammeBuilder.PROGRAMME_ID;
import static org.renewalledger.command.compound.ProgrammeBuilder.aProgramme;

import java.util.Map;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.programme.PlaceKind;

/**
 * The 2005 extension within the county's 15% cap, through registration as wired in production: the county's
 * programme holds earlier admissions, the compound's stream starts empty. After admitting, extension places
 * must be at most 15/100 of all places: {@code (e + 1) × 100 ≤ 15 × (n + 1)}.
 */
class ExtensionCapTest {

    private static final Map<String, ?> STREET_OFFICE =
            new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData();
    private static final String ID = "520523001-001";

    private final RegistrationFixture registration = new RegistrationFixture(PolicyBook.withDefaults(PolicySet.DEFAULT));

    @Test
    void shouldAdmitA2004CompoundAsAnExtension_whenUnderTheCap() {
        ProgrammeBuilder programme = aProgramme().withRegular(6); // 1 of 7 = 14.3% ≤ 15%
        registration.givenProgramme(programme.admissions()).fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2004).registration(), STREET_OFFICE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(aCompound().builtIn(2004).registered(EXTENSION_RULE));
        assertThat(registration.programmeEvents(PROGRAMME_ID)).hasSize(7)
                .last().isEqualTo(programme.next(ID, 2004, PlaceKind.EXTENSION, EXTENSION_RULE));
    }

    @Test
    void shouldAdmitAnExtension_whenItBringsTheProgrammeExactlyToTheCap() {
        ProgrammeBuilder programme = aProgramme().withRegular(17).withExtensions(2); // 3 of 20 = 15% exactly
        registration.givenProgramme(programme.admissions()).fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2002).registration(), STREET_OFFICE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(aCompound().builtIn(2002).registered(EXTENSION_RULE));
        assertThat(registration.programmeEvents(PROGRAMME_ID))
                .last().isEqualTo(programme.next(ID, 2002, PlaceKind.EXTENSION, EXTENSION_RULE));
    }

    @Test
    void shouldRefuseAnExtension_whenOneMoreWouldExceedTheCap_andTakeNoPlace() {
        ProgrammeBuilder programme = aProgramme().withRegular(17).withExtensions(3); // 4 of 21 = 19% > 15%
        registration.givenProgramme(programme.admissions()).fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2004).registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EXTENSION_CAP_REACHED))
                .expectExceptionMessage("Built in 2004, the compound needs an extension place; the programme holds "
                        + "3 of 20 places as extensions, and one more would exceed 15/100 of its places");
        assertThat(registration.programmeEvents(PROGRAMME_ID)).hasSize(20);
    }

    @Test
    void shouldRefuseTheFirstExtension_untilTheProgrammeHasSixRegularPlaces() {
        registration.givenProgramme(aProgramme().withRegular(5).admissions()) // 1 of 6 = 16.7% > 15%
                .fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2000).registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EXTENSION_CAP_REACHED));
        assertThat(registration.programmeEvents(PROGRAMME_ID)).hasSize(5);
    }

    @Test
    void shouldRefuseA2005CompoundOutright_whateverRoomTheCapLeaves() {
        registration.givenProgramme(aProgramme().withRegular(100).admissions()).fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2005).registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.COMPOUND_NOT_ELIGIBLE));
        assertThat(registration.programmeEvents(PROGRAMME_ID)).hasSize(100);
    }

    @Test
    void shouldAdmitAPre2000CompoundAsRegular_evenWhenTheCapIsReached() {
        ProgrammeBuilder programme = aProgramme().withRegular(17).withExtensions(3);
        registration.givenProgramme(programme.admissions()).fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(1999).registration(), STREET_OFFICE)
                .expectEvents(aCompound().builtIn(1999).registered("built before 2000"));
        assertThat(registration.programmeEvents(PROGRAMME_ID))
                .last().isEqualTo(programme.next(ID, 1999, PlaceKind.REGULAR, "built before 2000"));
    }

    @Test
    void shouldStartTheCountysProgramme_withItsFirstRegistration() {
        registration.fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(1990).registration(), STREET_OFFICE)
                .expectEvents(aCompound().builtIn(1990).registered("built before 2000"));
        assertThat(registration.programmeEvents(PROGRAMME_ID))
                .containsExactly(aProgramme().next(ID, 1990, PlaceKind.REGULAR, "built before 2000"));
    }

    @Test
    void shouldRefuseASecondRegistration_withoutTakingASecondPlace() {
        registration.givenProgramme(aProgramme().withRegular(7).admissions())
                .fixture.given(aCompound().registered("built before 2000"))
                .when(aCompound().registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.COMPOUND_ALREADY_REGISTERED));
        assertThat(registration.programmeEvents(PROGRAMME_ID)).hasSize(7);
    }

    @Test
    void shouldApplyTheCountysOwnCap() {
        PolicySet strict = new PolicySet("strict-cap", new EligibilityPolicy(2000, 2005, new EligibilityPolicy.Cap(1, 10)));
        RegistrationFixture strictCounty = new RegistrationFixture(PolicyBook.withDefaults(strict));
        strictCounty.givenProgramme(aProgramme().withRegular(8).admissions()) // 1 of 9 = 11.1% > 10%
                .fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2001).registration(), STREET_OFFICE)
                .expectException(refusal(ErrorCode.EXTENSION_CAP_REACHED));
    }

    private static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}
