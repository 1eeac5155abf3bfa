package org.renewalledger.kernel.policy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A year's official holiday calendar was recorded: from now on notices over that year count working days on
 * it, in place of the file shipped for that year, if any. A later event for the same year corrects it.
 *
 * @param source the State Council notice the calendar follows, so an auditor can check it against the original
 */
@Revision("1")
public record HolidayCalendarRecordedEvent(String registerId, int year, List<LocalDate> holidays,
                                           List<LocalDate> makeUpWorkdays, String source) implements HolidayCalendarEvent {

    public HolidayCalendarRecordedEvent {
        holidays = List.copyOf(holidays);
        makeUpWorkdays = List.copyOf(makeUpWorkdays);
    }
}
