package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Spending progress of a jurisdiction in total, per source and per project; percent rounded down to 0.01. */
public record SpendingProgressView(
        String jurisdictionCode,
        Instant asOf,
        BigDecimal allocated,
        BigDecimal disbursed,
        BigDecimal spendingProgressPercent,
        List<Line> bySource,
        List<Line> byProject) {

    /** The figures of one source or one project ({@code key} is the source or the project id). */
    public record Line(String key, BigDecimal allocated, BigDecimal disbursed, BigDecimal spendingProgressPercent) {
    }
}
