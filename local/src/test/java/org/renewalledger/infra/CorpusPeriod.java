package org.renewalledger.infra;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A past assessment month of its own for each walk through the hostile corpus ({@code hostile/valid-requests.json}).
 * A month's assessment closes once, so two walks in one test context (the hostile-input test, the authorisation
 * matrix's worlds) must not share one, nor one year's plan (a walk revises its plan between the close and the
 * reissue): each takes October of its own year, 2023 back to 2020 and then 2018 back to 2000 (2019 and 2024 on are the
 * years other tests plan and assess for the same county). The
 * assessment steps come last in the corpus, so only the few walks that reach them take a year. The corpus writes {@code "{year}"} where a JSON number is wanted
 * (the quotes go) and {@code {year}}, {@code {month}} inside strings.
 */
public final class CorpusPeriod {

    /** A plan year is 2000 or later; the authorisation matrix's bound and unbound worlds walk the corpus some twenty times. */
    private static final List<Integer> YEARS = IntStream.concat(IntStream.iterate(2023, y -> y >= 2020, y -> y - 1),
            IntStream.iterate(2018, y -> y >= 2000, y -> y - 1)).boxed().toList();
    private static final AtomicInteger TAKEN = new AtomicInteger();

    private final YearMonth month;

    private CorpusPeriod(YearMonth month) {
        this.month = month;
    }

    /** The next unused month; fails clearly when the corpus is walked more often than there are months. */
    public static CorpusPeriod next() {
        int n = TAKEN.getAndIncrement();
        if (n >= YEARS.size()) {
            throw new IllegalStateException("More than " + YEARS.size() + " walks reached the assessment steps in one context");
        }
        return new CorpusPeriod(YearMonth.of(YEARS.get(n), 10));
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
