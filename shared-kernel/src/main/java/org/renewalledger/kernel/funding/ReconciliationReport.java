package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a reconciliation: the jurisdiction's totals per source, the totals of the funds it holds
 * (and of central funds, for the national code 100000), and every break found, each naming the project or
 * fund, the source and the rule it breaks. {@code balanced} when there is none.
 */
public record ReconciliationReport(
        String jurisdictionCode,
        Instant asOf,
        boolean balanced,
        List<SourceTotals> bySource,
        List<Break> breaks,
        List<FundTotals> funds) {

    /** A source's totals in the jurisdiction; disbursed is net of clawbacks. */
    public record SourceTotals(String source, BigDecimal allocated, BigDecimal disbursed, BigDecimal clawedBack,
                               BigDecimal spent) {
    }

    /**
     * One rule broken: {@code projectId} is null for a break between the jurisdiction's and its projects' sums;
     * {@code fundId} names the fund of a break at a fund level (or between a fund and the level below).
     */
    public record Break(String projectId, String source, String rule, String detail, String fundId) {

        public Break(String projectId, String source, String rule, String detail) {
            this(projectId, source, rule, detail, null);
        }
    }

    /** A fund's totals (central, province or county): committed by its holder, received from above, allocated down. */
    public record FundTotals(String fundId, String level, String source, BigDecimal committed, BigDecimal received,
                             BigDecimal allocated, BigDecimal available) {
    }
}
