package org.renewalledger.command.assessment;

import static org.renewalledger.command.assessment.AnnualPlanTest.COUNTY;
import static org.renewalledger.command.assessment.AnnualPlanTest.GUCHANG;
import static org.renewalledger.command.assessment.AnnualPlanTest.refusal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.assessment.MonthlyFigures;
import org.renewalledger.kernel.assessment.MonthlyReportSubmittedEvent;
import org.renewalledger.kernel.assessment.SubmitMonthlyReportCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;

/** Monthly reports (月报): due on the 5th of the next month; the first submission fixes timeliness, corrections follow. */
class MonthlyReportTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);
    private static final LocalDate DUE = LocalDate.of(2025, 11, 5);
    private static final Map<String, ?> GUCHANG_OFFICE = new Actor("li", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData();
    private static final MonthlyFigures FIGURES = new MonthlyFigures(3, 1, 180, Money.ofYuan("120000"), "三个小区开工");

    private FixtureConfiguration<MonthlyReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MonthlyReport.class);
        fixture.registerInjectableResource(AssessmentPolicyBook.builtIn());
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    private static SubmitMonthlyReportCommand report(LocalDate submittedOn) {
        return new SubmitMonthlyReportCommand(GUCHANG, COUNTY, OCTOBER, FIGURES, submittedOn);
    }

    private static MonthlyReportSubmittedEvent submitted(LocalDate on, boolean late, int revision) {
        return new MonthlyReportSubmittedEvent("report-520523001-2025-10", GUCHANG, COUNTY, OCTOBER, FIGURES, on, DUE, late, revision);
    }

    @Test
    void shouldBeOnTime_onTheDueDate() {
        fixture.givenNoPriorActivity()
                .when(report(DUE), GUCHANG_OFFICE)
                .expectEvents(submitted(DUE, false, 1));
    }

    @Test
    void shouldBeLate_theDayAfterTheDueDate() {
        fixture.givenNoPriorActivity()
                .when(report(DUE.plusDays(1)), GUCHANG_OFFICE)
                .expectEvents(submitted(DUE.plusDays(1), true, 1));
    }

    @Test
    void shouldRecordACorrectionAsTheNextRevision() {
        fixture.given(submitted(DUE.minusDays(2), false, 1))
                .when(report(DUE.plusDays(3)), GUCHANG_OFFICE)
                .expectEvents(submitted(DUE.plusDays(3), true, 2));
    }

    @Test
    void shouldRefuseAReport_beforeItsMonthBegins() {
        fixture.givenNoPriorActivity()
                .when(report(LocalDate.of(2025, 9, 30)), GUCHANG_OFFICE)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void shouldRefuseAnotherStreetOffice_reportingForThisOne() {
        fixture.givenNoPriorActivity()
                .when(report(DUE), new Actor("wang", Role.STREET_OFFICE, JurisdictionCode.of("520523002")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }
}
