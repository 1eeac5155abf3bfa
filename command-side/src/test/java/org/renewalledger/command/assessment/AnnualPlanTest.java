package org.renewalledger.command.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.AnnualPlanSetEvent;
import org.renewalledger.kernel.assessment.PlanTargets;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.ResponsibleUnits;
import org.renewalledger.kernel.assessment.SetAnnualPlanCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;

/** Annual plans: set by the county's housing bureau, revised by appending, scoped to the county. */
class AnnualPlanTest {

    static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    static final ResponsibleUnit GUCHANG = ResponsibleUnit.streetOffice(JurisdictionCode.of("520523001"));
    static final Map<String, ?> HOUSING = new Actor("chen", Role.HOUSING_BUREAU, COUNTY).asMetaData();
    static final LocalDate START = LocalDate.of(2025, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);

    private FixtureConfiguration<AnnualPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualPlan.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    static PlanTargets targets(int compounds) {
        return new PlanTargets(compounds, compounds, compounds * 2, compounds * 60, Area.ofSquareMetres("48000"), Money.ofYuan("5000000"));
    }

    static SetAnnualPlanCommand plan(int compounds) {
        return new SetAnnualPlanCommand(GUCHANG, COUNTY, 2025, targets(compounds), START, DEADLINE);
    }

    static AnnualPlanSetEvent planSet(int compounds) {
        return new AnnualPlanSetEvent("plan-520523001-2025", GUCHANG, COUNTY, 2025, targets(compounds), START, DEADLINE);
    }

    @Test
    void shouldSetTheUnitsPlan() {
        fixture.givenNoPriorActivity()
                .when(plan(10), HOUSING)
                .expectEvents(planSet(10))
                .expectResultMessagePayload("plan-520523001-2025");
    }

    @Test
    void shouldRecordARevision_whenTheTargetsChange() {
        fixture.given(planSet(10))
                .when(plan(12), HOUSING)
                .expectEvents(planSet(12));
    }

    @Test
    void shouldRecordNothing_whenTheSamePlanIsSentAgain() {
        fixture.given(planSet(10))
                .when(plan(10), HOUSING)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAStreetOffice_settingTargets() {
        fixture.givenNoPriorActivity()
                .when(plan(10), new Actor("li", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAnotherCountysBureau() {
        fixture.givenNoPriorActivity()
                .when(plan(10), new Actor("wu", Role.HOUSING_BUREAU, JurisdictionCode.of("520524")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseNegativeTargets() {
        fixture.givenNoPriorActivity()
                .when(new SetAnnualPlanCommand(GUCHANG, COUNTY, 2025, new PlanTargets(-1, 0, 0, 0, Area.ofSquareMetres("1"),
                        Money.ZERO), START, DEADLINE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void shouldRefuseAPlanWhoseUnitLiesOutsideTheAssessingJurisdiction() {
        assertThatThrownBy(() -> new SetAnnualPlanCommand(ResponsibleUnit.streetOffice(JurisdictionCode.of("520524001")), COUNTY,
                2025, targets(1), START, DEADLINE)).isInstanceOf(DomainException.class).hasMessageContaining("not inside");
    }

    @Test
    void shouldRefuseADeadlineBeforeTheStart_andAStartOutsideTheYear() {
        assertThatThrownBy(() -> new SetAnnualPlanCommand(GUCHANG, COUNTY, 2025, targets(1), START, START))
                .isInstanceOf(DomainException.class).hasMessageContaining("deadline");
        assertThatThrownBy(() -> new SetAnnualPlanCommand(GUCHANG, COUNTY, 2025, targets(1), LocalDate.of(2024, 12, 1), DEADLINE))
                .isInstanceOf(DomainException.class).hasMessageContaining("within its year");
    }

    @Test
    void shouldDeriveAUnitsJurisdictionFromItsKindAndId() {
        org.assertj.core.api.Assertions.assertThat(ResponsibleUnits.parse("DEPARTMENT", "520523-FINANCE_BUREAU").jurisdiction())
                .isEqualTo(COUNTY);
        org.assertj.core.api.Assertions.assertThat(ResponsibleUnits.parse("STREET_OFFICE", "520523001")).isEqualTo(GUCHANG);
        assertThatThrownBy(() -> ResponsibleUnits.parse("STREET_OFFICE", "520523")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ResponsibleUnits.parse("COUNTY", "520523001")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ResponsibleUnits.parse("BUREAU", "520523")).isInstanceOf(DomainException.class);
    }

    static org.hamcrest.Matcher<?> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException d && d.code() == code);
    }
}
