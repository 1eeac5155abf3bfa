package org.renewalledger.command.policy;

import java.time.LocalDate;
import java.util.List;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;

/**
 * {@code PUT /api/policies/holiday-calendars/{year}}: the year's public holidays, its make-up workdays on
 * weekends, and the State Council notice they follow.
 */
public record HolidayCalendarRequest(String source, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays) {

    RecordHolidayCalendarCommand toCommand(int year) {
        return new RecordHolidayCalendarCommand(year, holidays, makeUpWorkdays, source);
    }
}
