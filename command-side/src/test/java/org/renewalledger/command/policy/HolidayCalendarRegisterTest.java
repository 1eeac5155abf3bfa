package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;

/** A year's holiday calendar, recorded by an administrator; repeating a load changes nothing, a correction is kept. */
class HolidayCalendarRegisterTest {

    private static final Map<String, ?> ADMINISTRATOR = new Actor("admin", Role.ADMINISTRATOR, JurisdictionCode.of("100000")).asMetaData();
    private static final Map<String, ?> PROVINCIAL_ADMINISTRATOR =
            new Actor("gz-admin", Role.ADMINISTRATOR, JurisdictionCode.of("520000")).asMetaData();
    private static final Map<String, ?> BUREAU =
            new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523")).asMetaData();
    private static final String SOURCE = "国办发明电〔2026〕9号";
    static final List<LocalDate> NEW_YEAR_2027 = List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3));

    private FixtureConfiguration<HolidayCalendarRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HolidayCalendarRegister.class);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
    }

    static HolidayCalendarRecordedEvent recorded2027(List<LocalDate> holidays) {
        return new HolidayCalendarRecordedEvent(RecordHolidayCalendarCommand.REGISTER_ID, 2027, holidays, List.of(), SOURCE);
    }

    @Test
    void shouldRecordAYearsCalendar_byAnAdministrator_withItsDatesInOrder() {
        fixture.givenNoPriorActivity()
                .when(new RecordHolidayCalendarCommand(2027, List.of(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)), List.of(), SOURCE), ADMINISTRATOR)
                .expectEvents(recorded2027(NEW_YEAR_2027));
    }

    @Test
    void shouldRecordNothing_whenTheSameCalendarIsLoadedAgain() {
        fixture.given(recorded2027(NEW_YEAR_2027))
                .when(new RecordHolidayCalendarCommand(2027, NEW_YEAR_2027, null, SOURCE), ADMINISTRATOR)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRecordACorrection_whenTheYearsCalendarDiffers() {
        List<LocalDate> corrected = List.of(LocalDate.of(2027, 1, 1));
        fixture.given(recorded2027(NEW_YEAR_2027))
                .when(new RecordHolidayCalendarCommand(2027, corrected, List.of(), SOURCE), ADMINISTRATOR)
                .expectEvents(recorded2027(corrected));
    }

    @Test
    void shouldRefuseTheHousingBureau_sinceACalendarHoldsNationwide() {
        fixture.givenNoPriorActivity()
                .when(new RecordHolidayCalendarCommand(2027, NEW_YEAR_2027, List.of(), SOURCE), BUREAU)
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseAProvincesAdministrator_sinceTheCalendarHoldsForTheWholeCountry() {
        fixture.givenNoPriorActivity()
                .when(new RecordHolidayCalendarCommand(2027, NEW_YEAR_2027, List.of(), SOURCE), PROVINCIAL_ADMINISTRATOR)
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRefuseADateOfAnotherYear_aWeekdayAsMakeUpWorkday_andADayListedTwice() {
        assertThatThrownBy(() -> new RecordHolidayCalendarCommand(2027, List.of(LocalDate.of(2026, 12, 31)), List.of(), SOURCE))
                .isInstanceOf(DomainException.class).hasMessageContaining("lies in 2027");
        assertThatThrownBy(() -> new RecordHolidayCalendarCommand(2027, NEW_YEAR_2027, List.of(LocalDate.of(2027, 2, 3)), SOURCE))
                .isInstanceOf(DomainException.class).hasMessageContaining("make-up workdays fall on weekends");
        assertThatThrownBy(() -> new RecordHolidayCalendarCommand(2027, NEW_YEAR_2027, List.of(LocalDate.of(2027, 1, 2)), SOURCE))
                .isInstanceOf(DomainException.class).hasMessageContaining("also as a holiday");
        assertThatThrownBy(() -> new RecordHolidayCalendarCommand(2027, List.of(), List.of(), SOURCE))
                .isInstanceOf(DomainException.class).hasMessageContaining("public holidays");
    }

    @Test
    void shouldCountOnARecordedYear_inPlaceOfNoCalendar() {
        WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(2026);
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("loaded for 2027").hasMessageContaining("PUT /api/policies/holiday-calendars/2027");

        calendar.record(recorded2027(NEW_YEAR_2027));

        assertThat(calendar.years()).containsExactly(2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }
}
