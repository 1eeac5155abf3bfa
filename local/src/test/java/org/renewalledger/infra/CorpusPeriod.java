package org.renewalledger.infra;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A past assessment month of its own for each walk through the hostile corpus ({@code hostile/valid-requests.json}).
 * A month's assessment closes once, so two walks in one test context (the hostile-input test, the authorisation
 * matrix's worlds) must not share one, nor one year's plan (a walk revises its plan between the close and the
 * reissue): each takes October of its own year, 2018 back to 2000, before any year another test assesses. The
 * assessment steps come last in the corpus, so only the few walks that reach them take a year. The corpus writes {@code "{year}"} where a JSON number is wanted
 * (the quotes go) and {@code {year}}, {@code {month}} inside strings.
 */
public final class CorpusPeriod {

    private static final int YEARS = 19; // 2018 back to 2000: a plan year is 2000 or later
    private static final AtomicInteger TAKEN = new AtomicInteger();

    private final YearMonth month;

    private CorpusPeriod(YearMonth month) {
        this.month = month;
    }

    /** The next unused month; fails clearly when the corpus is walked more often than there are months. */
    public static CorpusPeriod next() {
        int n = TAKEN.getAndIncrement();
        if (n >= YEARS) {
            throw new IllegalStateException("More than " + YEARS + " walks reached the assessment steps in one context");
        }
        return new CorpusPeriod(YearMonth.of(2018 - n, 10));
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
