package org.renewalledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The programme's dates are Beijing dates, and its months are read from requests one way. */
class ProgrammeTimeTest {

    @Test
    void shouldTakeTodayInChinaWhateverZoneTheClockIsIn() {
        Clock lateEveningInUtc = Clock.fixed(Instant.parse("2025-12-31T17:30:00Z"), ZoneOffset.UTC);
        assertThat(ProgrammeTime.today(lateEveningInUtc)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ProgrammeTime.dateOf(Instant.parse("2025-12-31T15:59:59Z"))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ProgrammeTime.dateOf(Instant.parse("2025-12-31T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void shouldReadAMonth() {
        assertThat(ProgrammeTime.parseMonth("month", "2025-10")).isEqualTo(YearMonth.of(2025, 10));
        assertThat(ProgrammeTime.parseAssessmentMonth("month", "2100-12")).isEqualTo(YearMonth.of(2100, 12));
    }

    @Test
    void shouldRefuseAMalformedOrMissingMonthNamingTheField() {
        assertThatThrownBy(() -> ProgrammeTime.parseMonth("month", "2025/10"))
                .isInstanceOf(DomainException.class).hasMessageContaining("such as 2025-10")
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThatThrownBy(() -> ProgrammeTime.parseMonth("period", null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("period");
    }

    @Test
    void shouldRefuseAnAssessmentMonthOutsideTheProgrammesYears() {
        assertThatThrownBy(() -> ProgrammeTime.parseAssessmentMonth("month", "1999-12"))
                .isInstanceOf(DomainException.class).hasMessageContaining("between 2000-01 and 2100-12");
        assertThat(ProgrammeTime.parseMonth("month", "1999-12")).isEqualTo(YearMonth.of(1999, 12));
    }
}
