package org.renewalledger.query.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.renewalledger.kernel.funding.ReconciliationReport;

/**
 * The fund levels of a reconciliation. Per fund held in the jurisdiction: committed + received ≥ allocated
 * down, and no figure negative. Across levels: what a fund allocated to each fund below equals what that fund
 * records as received from it, and what a county fund allocated to each project equals what the project's
 * ledger records as allocated from it (both net of reversals). A pair is checked when either side lies in the
 * jurisdiction, so a county sees a province that short-changed it and a province sees a county that did not
 * book its receipt.
 */
final class FundChecks {

    /** The form of a fund id (FundId): a lower party of that form is a fund, any other a project. */
    private static final Pattern FUND_ID = Pattern.compile("(CN|\\d{6})-[A-Z_]{3,40}-\\d{4}");

    private FundChecks() {
    }

    /** Adds the breaks found to {@code breaks} and answers the in-scope funds' totals. */
    static List<ReconciliationReport.FundTotals> check(List<Reconciliation.FundSum> sums,
                                                       List<Reconciliation.FundedProjectSum> fundedProjects,
                                                       List<ReconciliationReport.Break> breaks) {
        Map<String, long[]> perFund = new TreeMap<>(); // committed, received, allocated
        Map<String, Reconciliation.FundSum> anyRow = new TreeMap<>();
        Map<String, Long> allocatedTo = new TreeMap<>(); // "upper>lower" → fen
        Map<String, Long> receivedFrom = new TreeMap<>(); // "upper>lower" → fen
        Map<String, Long> projectsSay = new TreeMap<>(); // "fund>project" → fen
        Set<String> pairsInScope = new TreeSet<>();
        for (Reconciliation.FundSum sum : sums) {
            long[] figures = perFund.computeIfAbsent(sum.fundId(), key -> new long[3]);
            anyRow.putIfAbsent(sum.fundId(), sum);
            switch (sum.type()) {
                case "COMMITMENT" -> figures[0] = Math.addExact(figures[0], sum.fen());
                case "RECEIPT" -> {
                    figures[1] = Math.addExact(figures[1], sum.fen());
                    receivedFrom.merge(sum.counterparty() + ">" + sum.fundId(), sum.fen(), Math::addExact);
                    if (sum.inScope()) {
                        pairsInScope.add(sum.counterparty() + ">" + sum.fundId());
                    }
                }
                case "ALLOCATION" -> {
                    figures[2] = Math.addExact(figures[2], sum.fen());
                    allocatedTo.merge(sum.fundId() + ">" + sum.counterparty(), sum.fen(), Math::addExact);
                    if (sum.inScope()) {
                        pairsInScope.add(sum.fundId() + ">" + sum.counterparty());
                    }
                }
                default -> { }
            }
        }
        for (Reconciliation.FundedProjectSum funded : fundedProjects) {
            projectsSay.merge(funded.fundId() + ">" + funded.projectId(), funded.fen(), Math::addExact);
            pairsInScope.add(funded.fundId() + ">" + funded.projectId());
        }
        List<ReconciliationReport.FundTotals> totals = new ArrayList<>();
        perFund.forEach((fund, figures) -> {
            Reconciliation.FundSum row = anyRow.get(fund);
            if (!row.inScope()) {
                return;
            }
            long committed = Math.addExact(figures[0], figures[1]);
            if (figures[2] > committed) {
                breaks.add(new ReconciliationReport.Break(null, row.source(), "committed ≥ allocated",
                        "allocated " + Figures.yuan(figures[2]) + " of " + Figures.yuan(committed) + " committed and received", fund));
            }
            if (figures[0] < 0 || figures[1] < 0 || figures[2] < 0) {
                breaks.add(new ReconciliationReport.Break(null, row.source(), "no negative balance", "committed "
                        + Figures.yuan(figures[0]) + ", received " + Figures.yuan(figures[1]) + ", allocated " + Figures.yuan(figures[2]),
                        fund));
            }
            totals.add(new ReconciliationReport.FundTotals(fund, row.level(), row.source(), Figures.yuan(figures[0]),
                    Figures.yuan(figures[1]), Figures.yuan(figures[2]), Figures.yuan(committed - figures[2])));
        });
        for (String pair : pairsInScope) {
            String upper = pair.substring(0, pair.indexOf('>'));
            String lower = pair.substring(pair.indexOf('>') + 1);
            long given = allocatedTo.getOrDefault(pair, 0L);
            boolean lowerIsFund = FUND_ID.matcher(lower).matches();
            long got = lowerIsFund ? receivedFrom.getOrDefault(pair, 0L) : projectsSay.getOrDefault(pair, 0L);
            if (given != got) {
                Reconciliation.FundSum row = anyRow.get(upper);
                String source = row == null ? null : row.source();
                breaks.add(new ReconciliationReport.Break(lowerIsFund ? null : lower, source,
                        lowerIsFund ? "fund allocations = receipts of the fund below" : "fund allocations = allocations the project received",
                        upper + " allocated " + Figures.yuan(given) + " to " + lower + ", which records " + Figures.yuan(got), upper));
            }
        }
        return totals;
    }
}
