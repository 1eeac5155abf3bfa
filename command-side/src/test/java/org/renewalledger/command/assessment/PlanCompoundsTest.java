package org.renewalledger.command.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renewalledger.command.assessment.AnnualPlanTest.COUNTY;
import static org.renewalledger.command.assessment.AnnualPlanTest.GUCHANG;
import static org.renewalledger.command.assessment.AnnualPlanTest.HOUSING;
import static org.renewalledger.command.assessment.AnnualPlanTest.planSet;
import static org.renewalledger.command.assessment.AnnualPlanTest.refusal;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.ListPlanCompoundsCommand;
import org.renewalledger.kernel.assessment.PlanCompoundsListedEvent;
import org.renewalledger.kernel.assessment.PlanTier;
import org.renewalledger.kernel.assessment.PlannedCompound;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;

/** The plan as named compounds in three batches (实施/谋划/储备), due by 31 December of the year before. */
class PlanCompoundsTest {

    private static final LocalDate DUE = LocalDate.of(2024, 12, 31);

    private FixtureConfiguration<AnnualPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualPlan.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    /** Two to implement, one to prepare, one in reserve. */
    private static List<PlannedCompound> batches() {
        return List.of(named("520523001-001", PlanTier.IMPLEMENT), named("520523001-002", PlanTier.IMPLEMENT),
                named("520523001-003", PlanTier.PREPARE), named("520523001-004", PlanTier.RESERVE));
    }

    private static PlannedCompound named(String id, PlanTier tier) {
        return new PlannedCompound(CompoundId.of(id), tier);
    }

    private static ListPlanCompoundsCommand list(List<PlannedCompound> compounds, LocalDate on) {
        return new ListPlanCompoundsCommand(GUCHANG, COUNTY, 2025, compounds, on);
    }

    @Test
    void shouldRecordTheNamedCompounds_onTimeByTheEndOfDecember() {
        fixture.given(planSet(2))
                .when(list(batches(), DUE), HOUSING)
                .expectEvents(new PlanCompoundsListedEvent("plan-520523001-2025", GUCHANG, COUNTY, 2025, batches(), DUE, DUE, false));
    }

    @Test
    void shouldRecordALateList_fromTheFirstOfJanuary() {
        fixture.given(planSet(2))
                .when(list(batches(), DUE.plusDays(1)), HOUSING)
                .expectEvents(new PlanCompoundsListedEvent("plan-520523001-2025", GUCHANG, COUNTY, 2025, batches(), DUE.plusDays(1), DUE,
                        true));
    }

    @Test
    void shouldRefuseAnImplementBatchSmallerThanThePlansStarts() {
        fixture.given(planSet(3))
                .when(list(batches(), DUE), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void shouldRefuseCompounds_withoutAPlan() {
        fixture.givenNoPriorActivity()
                .when(list(batches(), DUE), HOUSING)
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void shouldRefuseACompoundNamedTwice() {
        assertThatThrownBy(() -> list(List.of(named("520523001-001", PlanTier.IMPLEMENT), named("520523001-001", PlanTier.RESERVE)),
                DUE)).isInstanceOf(DomainException.class).hasMessageContaining("once");
    }

    @Test
    void shouldRefuseTheStreetOffice_listingItsOwnPlan() {
        fixture.given(planSet(2))
                .when(list(batches(), DUE), new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }
}
