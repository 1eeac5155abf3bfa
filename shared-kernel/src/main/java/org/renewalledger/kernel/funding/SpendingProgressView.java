package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Spending progress of a jurisdiction in total, per source, per project and per implementing unit (the
 * recipient of tranches); percent rounded down to 0.01.
 */
public record SpendingProgressView(
        String jurisdictionCode,
        Instant asOf,
        BigDecimal allocated,
        BigDecimal disbursed,
        BigDecimal spendingProgressPercent,
        List<Line> bySource,
        List<Line> byProject,
        List<Line> byUnit) {

    /** The figures of one source, project or unit ({@code key} is the source, the project id or the unit's name). */
    public record Line(String key, BigDecimal allocated, BigDecimal disbursed, BigDecimal spendingProgressPercent) {
    }
}
