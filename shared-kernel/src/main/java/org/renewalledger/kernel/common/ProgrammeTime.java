package org.renewalledger.kernel.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The programme's calendar. Its dates are Beijing dates: "today" for a decision is today in China, from the caller's
 * clock, and the day or year an event counts for is its timestamp's date in China, whatever zone a server runs in.
 * Its months are written {@code 2025-10}.
 */
public final class ProgrammeTime {

    /** China Standard Time (UTC+8, no daylight saving): the zone of every programme date. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The months an assessment may concern: those of the plan years an annual plan may set (2000 to 2100). */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    public static final YearMonth LAST_MONTH = YearMonth.of(2100, 12);

    private ProgrammeTime() {
    }

    /** Today's date in China by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The date in China at the instant {@code at}. */
    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** A month written {@code 2025-10}; a missing or malformed month is the caller's error, named by {@code field}. */
    public static YearMonth parseMonth(String field, String month) {
        Require.present(field, month);
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, field + " is a year and month such as 2025-10");
        }
    }

    /** {@link #parseMonth}, and within {@link #FIRST_MONTH} to {@link #LAST_MONTH}. */
    public static YearMonth parseAssessmentMonth(String field, String month) {
        YearMonth parsed = parseMonth(field, month);
        if (parsed.isBefore(FIRST_MONTH) || parsed.isAfter(LAST_MONTH)) {
            throw DomainException.invalid(field, field + " must be between " + FIRST_MONTH + " and " + LAST_MONTH);
        }
        return parsed;
    }
}
