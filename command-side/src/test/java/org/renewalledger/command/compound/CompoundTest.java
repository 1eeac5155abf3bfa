package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.CompoundRegistrationBuilder.aCompound;

import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.Exclusion;

/** The registration rules of the survey, as given/when/then on the aggregate and the command bus's guard. */
class CompoundTest {

    private static final Map<String, ?> STREET_OFFICE =
            new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData();

    private FixtureConfiguration<Compound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new RegistrationFixture(PolicyBook.withDefaults(PolicySet.DEFAULT)).fixture;
    }

    @Test
    void shouldRegister_whenBuiltBeforeTheCutOff() {
        fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(1999).registration(), STREET_OFFICE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(aCompound().builtIn(1999).registered("built before 2000"));
    }

    @Test
    void shouldRefuseRegistration_whenBuiltInTheExtensionYear() {
        fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2005).registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.COMPOUND_NOT_ELIGIBLE))
                .expectExceptionMessage("Built in 2005; the programme takes compounds built before 2000, "
                        + "or before 2005 within its extension cap");
    }

    @Test
    void shouldRefuseRegistration_whenBuiltInTheCutOffYear_andTheProgrammeHasNoExtensionPlace() {
        fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(2000).registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.EXTENSION_CAP_REACHED));
    }

    @Test
    void shouldRefuseRegistration_whenSlatedForShantyTownRedevelopment_whateverItsAge() {
        fixture.givenNoPriorActivity()
                .when(aCompound().builtIn(1985).excludedAs(Exclusion.SHANTY_TOWN_REDEVELOPMENT).registration(), STREET_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.COMPOUND_NOT_ELIGIBLE));
    }

    @Test
    void shouldApplyTheCutOffOfThePolicyInForce() {
        FixtureConfiguration<Compound> lenient = new RegistrationFixture(
                PolicyBook.withDefaults(new PolicySet("lenient-test", new EligibilityPolicy(2005)))).fixture;
        lenient.givenNoPriorActivity()
                .when(aCompound().builtIn(2003).registration(), STREET_OFFICE)
                .expectEvents(aCompound().builtIn(2003).registered("built before 2005"));
    }

    @Test
    void shouldRefuseRegistration_whenStreetOfficeIsOutsideTheCounty() {
        Map<String, ?> otherCounty = new Actor("li", Role.HOUSING_BUREAU, JurisdictionCode.of("520000")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(aCompound().inJurisdiction("520523", "520502001").registration(), otherCounty)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.STREET_OFFICE_OUTSIDE_JURISDICTION));
    }

    @Test
    void shouldRefuseRegistration_whenTheActorsRoleMayNotRegister() {
        Map<String, ?> auditor = new Actor("wu", Role.AUDITOR, JurisdictionCode.of("520523")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(aCompound().registration(), auditor)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseRegistration_whenTheCompoundIsInAnotherStreetOfficesArea() {
        Map<String, ?> neighbour = new Actor("liu", Role.STREET_OFFICE, JurisdictionCode.of("520523002")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(aCompound().registration(), neighbour)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED))
                .expectExceptionMessage("Jurisdiction 520523002 does not cover 520523001");
    }

    @Test
    void shouldRefuseACommandWithoutAnActor() {
        fixture.givenNoPriorActivity()
                .when(aCompound().registration())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldLetTheCountyHousingBureauRegisterInAnyOfItsStreetOffices() {
        Map<String, ?> bureau = new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523")).asMetaData();
        fixture.givenNoPriorActivity()
                .when(aCompound().inJurisdiction("520523", "520523002").registration(), bureau)
                .expectSuccessfulHandlerExecution()
                .expectEvents(aCompound().inJurisdiction("520523", "520523002").registered("built before 2000"));
    }

    private static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}
