package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a reconciliation: the jurisdiction's totals per source and every break found, each
 * naming the project, the source and the rule it breaks. {@code balanced} when there is none.
 */
public record ReconciliationReport(
        String jurisdictionCode,
        Instant asOf,
        boolean balanced,
        List<SourceTotals> bySource,
        List<Break> breaks) {

    /** A source's totals in the jurisdiction; disbursed is net of clawbacks. */
    public record SourceTotals(String source, BigDecimal allocated, BigDecimal disbursed, BigDecimal clawedBack,
                               BigDecimal spent) {
    }

    /** One rule broken: {@code projectId} is null for a break between the jurisdiction's and its projects' sums. */
    public record Break(String projectId, String source, String rule, String detail) {
    }
}
