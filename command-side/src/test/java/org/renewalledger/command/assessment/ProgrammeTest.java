package org.renewalledger.command.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renewalledger.command.assessment.AnnualPlanTest.refusal;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.ProgrammeSetEvent;
import org.renewalledger.kernel.assessment.ProgrammeYear;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.SetProgrammeCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;

/**
 * A unit's multi-year programme: 船山区's three years (seed 000: 2020 176 / 286 / 10,340, 2021 293 / 500 / 18,560,
 * 2022 181 / 364 / 15,577; 650 compounds), set by the city's housing bureau, revised by appending, scoped.
 */
class ProgrammeTest {

    static final JurisdictionCode CITY = JurisdictionCode.of("510900");
    static final ResponsibleUnit CHUANSHAN = new ResponsibleUnit("510903", org.renewalledger.kernel.assessment.UnitKind.COUNTY,
            JurisdictionCode.of("510903"));
    static final Map<String, ?> CITY_HOUSING = new Actor("tang", Role.HOUSING_BUREAU, CITY).asMetaData();

    private FixtureConfiguration<UnitProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitProgramme.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    static List<ProgrammeYear> seedYears() {
        return List.of(new ProgrammeYear(2020, 176, 286, 10_340, Area.ofSquareMetres("0")),
                new ProgrammeYear(2021, 293, 500, 18_560, Area.ofSquareMetres("0")),
                new ProgrammeYear(2022, 181, 364, 15_577, Area.ofSquareMetres("0")));
    }

    private static ProgrammeSetEvent set(List<ProgrammeYear> years) {
        return new ProgrammeSetEvent("programme-510903-2020", CHUANSHAN, CITY, years);
    }

    @Test
    void shouldSetTheSeedsThreeYearProgramme() {
        fixture.givenNoPriorActivity()
                .when(new SetProgrammeCommand(CHUANSHAN, CITY, seedYears()), CITY_HOUSING)
                .expectEvents(set(seedYears()))
                .expectResultMessagePayload("programme-510903-2020");
    }

    @Test
    void shouldRecordARevision_andNothingForTheSameProgrammeAgain() {
        List<ProgrammeYear> revised = List.of(seedYears().get(0), seedYears().get(1),
                new ProgrammeYear(2022, 190, 370, 16_000, Area.ofSquareMetres("820000.50")));
        fixture.given(set(seedYears()))
                .when(new SetProgrammeCommand(CHUANSHAN, CITY, revised), CITY_HOUSING)
                .expectEvents(set(revised));
        fixture.given(set(seedYears()))
                .when(new SetProgrammeCommand(CHUANSHAN, CITY, seedYears()), CITY_HOUSING)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRefuseTheCountysOwnBureau_andAStreetOffice() {
        fixture.givenNoPriorActivity()
                .when(new SetProgrammeCommand(CHUANSHAN, CITY, seedYears()),
                        new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("510903")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
        fixture.givenNoPriorActivity()
                .when(new SetProgrammeCommand(ResponsibleUnit.streetOffice(JurisdictionCode.of("510903001")),
                        JurisdictionCode.of("510903"), seedYears()), new Actor("so", Role.STREET_OFFICE, JurisdictionCode.of("510903001")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseYearsOutOfOrder_negativeTargets_andAUnitOutsideTheJurisdiction() {
        List<ProgrammeYear> gap = List.of(seedYears().get(0), seedYears().get(2));
        assertThatThrownBy(() -> new SetProgrammeCommand(CHUANSHAN, CITY, gap))
                .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("years"));
        assertThatThrownBy(() -> new ProgrammeYear(2020, -1, 0, 0, Area.ofSquareMetres("0")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new SetProgrammeCommand(CHUANSHAN, JurisdictionCode.of("520500"), seedYears()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("unitJurisdiction"));
    }

    @Test
    void shouldRefuseARevision_underAnotherAssessingJurisdiction() {
        fixture.given(set(seedYears()))
                .when(new SetProgrammeCommand(CHUANSHAN, JurisdictionCode.of("510000"), seedYears()),
                        new Actor("pv", Role.HOUSING_BUREAU, JurisdictionCode.of("510000")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.VALIDATION_FAILED));
    }
}
