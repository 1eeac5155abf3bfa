package org.renewalledger.infra;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A past assessment month of its own for each walk through the hostile corpus ({@code hostile/valid-requests.json}).
 * A month's assessment closes once, so two walks in one test context (the hostile-input test, the authorisation
 * matrix's many worlds) must not share one: each takes the next of 133 months, October 2018 back to April 2000,
 * well before any month another test assesses. The corpus writes {@code "{year}"} where a JSON number is wanted
 * (the quotes go) and {@code {year}}, {@code {month}} inside strings.
 */
public final class CorpusPeriod {

    private static final int MONTHS_PER_YEAR = 7; // October back to April: the plan runs from March
    private static final int YEARS = 19;          // 2018 back to 2000
    private static final AtomicInteger TAKEN = new AtomicInteger();

    private final YearMonth month;

    private CorpusPeriod(YearMonth month) {
        this.month = month;
    }

    /** The next unused month; fails clearly when the corpus is walked more often than there are months. */
    public static CorpusPeriod next() {
        int n = TAKEN.getAndIncrement();
        if (n >= MONTHS_PER_YEAR * YEARS) {
            throw new IllegalStateException("The corpus was walked more than " + MONTHS_PER_YEAR * YEARS + " times in one context");
        }
        return new CorpusPeriod(YearMonth.of(2018 - n / MONTHS_PER_YEAR, 10 - n % MONTHS_PER_YEAR));
    }

    /** True when the text needs a period at all, so that walks that never reach the assessment take none. */
    public static boolean wanted(String text) {
        return text.contains("{year}") || text.contains("{month}");
    }

    public String fill(String text) {
        String year = String.valueOf(month.getYear());
        return text.replace("\"{year}\"", year).replace("{year}", year).replace("{month}", month.toString());
    }
}
