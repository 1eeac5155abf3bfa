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
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * Working days on the official calendar: Monday to Friday, minus public holidays, plus the weekend days the
 * State Council declares make-up workdays (调休上班). Years come from data files
 * ({@code holidays/CN-2025.csv}: {@code date,HOLIDAY|WORKDAY,name}), so adding a year is adding a file.
 * A date in a year with no file is refused rather than guessed: a notice counted on a wrong calendar would
 * be a defect an auditor could prove.
 */
public final class WorkingDayCalendar {

    private final Set<Integer> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    private WorkingDayCalendar(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.years = Set.copyOf(years);
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    /** Reads one file per year; the map's key is the year each file declares. */
    public static WorkingDayCalendar fromFiles(Map<Integer, InputStream> files) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        files.forEach((year, in) -> read(year, in, holidays, workdays));
        return new WorkingDayCalendar(files.keySet(), holidays, workdays);
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

    private static void read(int year, InputStream in, Set<LocalDate> holidays, Set<LocalDate> workdays) {
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
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new DomainException(ErrorCode.HOLIDAY_CALENDAR_MISSING,
                    "No official holiday calendar is loaded for " + date.getYear() + "; loaded: " + years());
        }
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
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
