package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project's funding as of an instant: per source what was allocated, disbursed (net of reversals and
 * clawbacks), clawed back and spent, what remains to disburse ({@code available}), and spending progress
 * (支出进度, disbursed ÷ allocated, percent rounded down to 0.01). Yuan with two decimals, exact.
 * {@code asOf} is null for the live state.
 */
public record ProjectFundingView(
        String projectId,
        String jurisdictionCode,
        Instant asOf,
        BigDecimal allocated,
        BigDecimal disbursed,
        BigDecimal clawedBack,
        BigDecimal spent,
        BigDecimal available,
        BigDecimal spendingProgressPercent,
        List<String> milestones,
        List<SourceLine> sources) {

    /** One source's figures on the project. */
    public record SourceLine(String source, BigDecimal allocated, BigDecimal disbursed, BigDecimal clawedBack,
                             BigDecimal spent, BigDecimal available, BigDecimal spendingProgressPercent) {
    }
}
