package org.renewalledger.command.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;

/**
 * Working days on the official calendar: Monday to Friday, minus public holidays, plus the weekend days the
 * State Council declares make-up workdays (调休上班). The years shipped as data files
 * ({@code holidays/CN-2025.csv}: {@code date,HOLIDAY|WORKDAY,name}) are the defaults; an administrator records
 * further years (or corrects one) by command, and {@link PolicyStreamFollower} brings each recorded year in
 * here, replacing that year's file. A date in a year with no calendar is refused rather than guessed: a notice
 * counted on a wrong calendar would be a defect an auditor could prove.
 */
public final class WorkingDayCalendar {

    /** One year's exceptions to Monday–Friday. */
    private record Year(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
    }

    // Aggregates read it while the updater records a year: whole years are swapped in, never edited in place.
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    private WorkingDayCalendar() {
    }

    /** Reads one file per year; the map's key is the year each file declares. */
    public static WorkingDayCalendar fromFiles(Map<Integer, InputStream> files) {
        WorkingDayCalendar calendar = new WorkingDayCalendar();
        files.forEach((year, in) -> calendar.years.put(year, read(year, in)));
        return calendar;
    }

    /** A recorded year's calendar, in place of any earlier one for that year. */
    public WorkingDayCalendar record(HolidayCalendarRecordedEvent event) {
        years.put(event.year(), new Year(Set.copyOf(event.holidays()), Set.copyOf(event.makeUpWorkdays())));
        return this;
    }

    /** The calendars shipped on the classpath, for the given years. */
    public static WorkingDayCalendar fromClasspath(int... years) {
        Map<Integer, InputStream> files = new HashMap<>();
        for (int year : years) {
            InputStream in = WorkingDayCalendar.class.getResourceAsStream("/holidays/CN-" + year + ".csv");
            if (in == null) {
                throw new IllegalArgumentException("No holiday calendar file for " + year);
            }
            files.put(year, in);
        }
        return fromFiles(files);
    }

    private static Year read(int year, InputStream in) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", 3);
                LocalDate date = LocalDate.parse(cells[0]);
                if (date.getYear() != year) {
                    throw new IllegalArgumentException("Calendar " + year + " lists a date of another year: " + date);
                }
                switch (cells[1]) {
                    case "HOLIDAY" -> holidays.add(date);
                    case "WORKDAY" -> workdays.add(date);
                    default -> throw new IllegalArgumentException("Unknown kind of day: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Year(Set.copyOf(holidays), Set.copyOf(workdays));
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate date) {
        Year year = years.get(date.getYear());
        if (year == null) {
            throw new DomainException(ErrorCode.HOLIDAY_CALENDAR_MISSING,
                    "No official holiday calendar is loaded for " + date.getYear() + "; loaded: " + years()
                    + "; an administrator loads it with PUT /api/policies/holiday-calendars/" + date.getYear());
        }
        if (year.makeUpWorkdays().contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !year.holidays().contains(date);
    }

    /** The {@code n}-th working day counting from {@code start} itself (start counts when it is a working day). */
    public LocalDate nthWorkingDayFrom(LocalDate start, int n) {
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
