package org.renewalledger.command.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.renewalledger.command.assessment.AnnualPlanTest.refusal;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.RecordSatisfactionSurveyCommand;
import org.renewalledger.kernel.assessment.SatisfactionSurveyedEvent;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;

/** A completed compound's satisfaction surveys: counted like a tally, re-surveys as revisions, by its street office. */
class SatisfactionSurveyTest {

    private static final JurisdictionCode GUCHANG = JurisdictionCode.of("520523001");
    private static final CompoundId COMPOUND = CompoundId.of("520523001-D04");
    private static final Map<String, ?> OFFICE = new Actor("wang", Role.STREET_OFFICE, GUCHANG).asMetaData();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private FixtureConfiguration<SatisfactionSurvey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SatisfactionSurvey.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    private static RecordSatisfactionSurveyCommand survey(LocalDate on, int respondents, int satisfied) {
        return new RecordSatisfactionSurveyCommand(COMPOUND, GUCHANG, on, respondents, satisfied, TODAY);
    }

    private static SatisfactionSurveyedEvent surveyed(LocalDate on, int respondents, int satisfied, int revision) {
        return new SatisfactionSurveyedEvent("survey-520523001-D04", COMPOUND, GUCHANG, on, respondents, satisfied, revision);
    }

    @Test
    void shouldRecordTheStreetOfficesSurvey() {
        fixture.givenNoPriorActivity()
                .when(survey(LocalDate.of(2026, 11, 18), 150, 138), OFFICE)
                .expectEvents(surveyed(LocalDate.of(2026, 11, 18), 150, 138, 1))
                .expectResultMessagePayload(1);
    }

    @Test
    void shouldRecordAReSurveyAsTheNextRevision() {
        fixture.given(surveyed(LocalDate.of(2026, 10, 8), 150, 120, 1))
                .when(survey(LocalDate.of(2026, 11, 18), 150, 138), OFFICE)
                .expectEvents(surveyed(LocalDate.of(2026, 11, 18), 150, 138, 2));
    }

    @Test
    void shouldRefuseASurveyOlderThanTheOneItWouldReplace() {
        fixture.given(surveyed(LocalDate.of(2026, 11, 18), 150, 138, 1))
                .when(survey(LocalDate.of(2026, 10, 8), 150, 120), OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void shouldRefuseMoreSatisfiedThanRespondents_andASurveyDatedAfterToday() {
        assertThatThrownBy(() -> survey(TODAY, 10, 11)).isInstanceOf(DomainException.class).hasMessageContaining("respondent");
        assertThatThrownBy(() -> survey(TODAY.plusDays(1), 10, 9)).isInstanceOf(DomainException.class).hasMessageContaining("after");
    }

    @Test
    void shouldRefuseAnotherStreetOffice_andTheDisciplineOffice() {
        fixture.givenNoPriorActivity()
                .when(survey(TODAY, 10, 9), new Actor("li", Role.STREET_OFFICE, JurisdictionCode.of("520523002")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
        fixture.givenNoPriorActivity()
                .when(survey(TODAY, 10, 9), new Actor("zhou", Role.DISCIPLINE_OFFICE, JurisdictionCode.of("520523")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }
}
