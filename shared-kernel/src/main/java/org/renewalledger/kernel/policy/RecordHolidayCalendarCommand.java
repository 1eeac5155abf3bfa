package org.renewalledger.kernel.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Records a year's official holiday calendar (全国年节放假调休安排): the days off, and the weekend days declared
 * make-up workdays (调休上班). Operators load a new year this way, without a release; the files shipped for
 * earlier years stay the defaults.
 *
 * @param source the State Council notice it follows, e.g. {@code 国办发明电〔2026〕7号}
 */
public record RecordHolidayCalendarCommand(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays,
                                           String source) implements JurisdictionScoped {

    /** All years' calendars are one small stream, so a node can load them all at start-up in one read. */
    public static final String REGISTER_ID = "holiday-calendars";

    /** The whole country (GB/T 2260): a calendar holds nationwide, so only a national administrator records it. */
    public static final JurisdictionCode NATIONWIDE = JurisdictionCode.of("100000");

    public RecordHolidayCalendarCommand {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "year must be between 2000 and 2100");
        }
        holidays = List.copyOf(Require.present("holidays", holidays));
        makeUpWorkdays = List.copyOf(makeUpWorkdays == null ? List.of() : makeUpWorkdays);
        source = Require.text("source", source, 200);
        if (holidays.isEmpty()) {
            throw DomainException.invalid("holidays", "A year's calendar lists its public holidays");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate day : holidays) {
            requireInYear("holidays", day, year);
            if (!seen.add(day)) {
                throw DomainException.invalid("holidays", day + " is listed twice");
            }
        }
        for (LocalDate day : makeUpWorkdays) {
            requireInYear("makeUpWorkdays", day, year);
            if (!seen.add(day)) {
                throw DomainException.invalid("makeUpWorkdays", day + " is listed twice or also as a holiday");
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw DomainException.invalid("makeUpWorkdays", day + " is a weekday; make-up workdays fall on weekends");
            }
        }
    }

    private static void requireInYear(String field, LocalDate day, int year) {
        if (day == null || day.getYear() != year) {
            throw DomainException.invalid(field, "Every date of the " + year + " calendar lies in " + year + ": " + day);
        }
    }

    @TargetAggregateIdentifier
    public String registerId() {
        return REGISTER_ID;
    }

    @Override
    public JurisdictionCode scope() {
        return NATIONWIDE;
    }
}
