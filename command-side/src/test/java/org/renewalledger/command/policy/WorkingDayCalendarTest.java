package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/** The official calendar with make-up workdays, and the notice period counted on it. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(2024, 2025, 2026);

    @Test
    void shouldCountTheFifthWorkingDayAcrossTheNationalDayHolidayAndItsMakeUpSaturday() {
        // Posted Mon 29 Sep 2025, counted from the day after (Civil Code Art. 201): Tue 30 Sep, then 1–8 Oct off, then
        // Thu 9, Fri 10, Sat 11 Oct (调休上班) and Mon 13 Oct.
        assertThat(NoticePolicy.DEFAULT.lastDay(LocalDate.of(2025, 9, 29), calendar)).isEqualTo(LocalDate.of(2025, 10, 13));
        // The count before Art. 201, the posting day as day 1: 29, 30 Sep, 9, 10, 11 Oct.
        assertThat(new NoticePolicy(5, PeriodCounting.POSTING_DAY_INCLUDED).lastDay(LocalDate.of(2025, 9, 29), calendar))
                .isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void shouldCountAMakeUpSundayAsAWorkingDay() {
        // Posted Thu 25 Sep 2025: Fri 26, Sun 28 Sep (调休上班), Mon 29, Tue 30, then after the holiday Thu 9 Oct.
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(NoticePolicy.DEFAULT.lastDay(LocalDate.of(2025, 9, 25), calendar)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void shouldStartCountingOnTheNextWorkingDay_whenPostedOnAHoliday() {
        // Posted on 1 Oct 2025: 9, 10, 11 (Sat, make-up), 13, 14 Oct.
        assertThat(NoticePolicy.DEFAULT.lastDay(LocalDate.of(2025, 10, 1), calendar)).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void shouldKnowTheSpringFestivalOf2026() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Sat, make-up workday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Mon, holiday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).as("Tue, back to work").isTrue();
    }

    @Test
    void shouldTreatAnOrdinaryWeekendAsRestAndAWeekdayAsWork() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 11))).isTrue();
    }

    @Test
    void shouldRefuseToGuess_whenNoCalendarIsLoadedForTheYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 3, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.HOLIDAY_CALENDAR_MISSING));
    }

    @Test
    void shouldTakeANewYearFromItsDataFileAlone() {
        String file = "# a year added as data\n2030-01-01,HOLIDAY,元旦\n2030-01-05,WORKDAY,调休\n";
        WorkingDayCalendar withNewYear = WorkingDayCalendar.fromFiles(
                Map.of(2030, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
        assertThat(withNewYear.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(withNewYear.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue();
    }

    @Test
    void shouldRefuseAFileListingAnotherYearsDate() {
        String file = "2031-01-01,HOLIDAY,元旦\n";
        assertThatThrownBy(() -> WorkingDayCalendar.fromFiles(
                Map.of(2030, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldConsiderTheNoticeRunOnlyOnceItsLastDayIsOver() {
        LocalDate lastDay = LocalDate.of(2025, 10, 11);
        assertThat(NoticePolicy.DEFAULT.hasRun(lastDay, lastDay)).isFalse();
        assertThat(NoticePolicy.DEFAULT.hasRun(lastDay, lastDay.plusDays(1))).isTrue();
    }
}
