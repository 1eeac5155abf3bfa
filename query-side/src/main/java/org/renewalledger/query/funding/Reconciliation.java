package org.renewalledger.query.funding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.ReconciliationReport;

/**
 * Checks a jurisdiction's ledger lines, independently of the aggregates that wrote them: per project and
 * source, allocated ≥ disbursed ≥ spent ≥ 0 and clawed back ≤ paid; per source, the jurisdiction's
 * total (summed by the database over all its lines) equals the sum of its projects' figures; and at the fund
 * levels ({@link FundChecks}) committed ≥ allocated per fund and each level's sums against the level below.
 */
final class Reconciliation {

    /** One project's sum for one source and entry type. */
    record ProjectSum(String projectId, String source, String type, long fen) {
    }

    /** The database's own total for one source and entry type over the whole jurisdiction. */
    record SourceSum(String source, String type, long fen) {
    }

    /**
     * One fund's sum of one entry type with one counterparty (the fund above for a receipt, the fund or project
     * below for an allocation; null for a commitment). {@code inScope}: the fund is held inside the jurisdiction
     * reconciled, so its own rules are checked (funds outside it are read only to check the sums across levels).
     */
    record FundSum(String fundId, String level, String source, String type, String counterparty, long fen, boolean inScope) {
    }

    /** What a project received from one county fund, net of reversals, by the project's own ledger. */
    record FundedProjectSum(String fundId, String projectId, long fen) {
    }

    /** A project's approved budget plus its recorded override decisions (docs/FUNDING.md, "Money against approval"). */
    record ProjectCap(String projectId, long capFen) {
    }

    private Reconciliation() {
    }

    static ReconciliationReport report(String jurisdiction, Instant asOf, List<ProjectSum> projectSums, List<SourceSum> totals) {
        return report(jurisdiction, asOf, projectSums, totals, List.of(), List.of());
    }

    static ReconciliationReport report(String jurisdiction, Instant asOf, List<ProjectSum> projectSums, List<SourceSum> totals,
                                       List<FundSum> fundSums, List<FundedProjectSum> fundedProjects) {
        return report(jurisdiction, asOf, projectSums, totals, fundSums, fundedProjects, List.of());
    }

    /**
     * As above, and each project with an approved budget holds its net allocations within the budget plus its override
     * decisions. (Plan against ledger per source, and the cost chain, are the project's approval report: differences
     * there are expected while the money is still on its way, so they are flags, not breaks.)
     */
    static ReconciliationReport report(String jurisdiction, Instant asOf, List<ProjectSum> projectSums, List<SourceSum> totals,
                                       List<FundSum> fundSums, List<FundedProjectSum> fundedProjects, List<ProjectCap> caps) {
        Map<String, Map<String, Figures>> byProject = new TreeMap<>();
        Map<String, Figures> bySource = new TreeMap<>(Comparator.comparing(FundingSource::valueOf));
        for (ProjectSum sum : projectSums) {
            byProject.computeIfAbsent(sum.projectId(), key -> new TreeMap<>()).computeIfAbsent(sum.source(), key -> new Figures())
                    .add(sum.type(), sum.fen());
            bySource.computeIfAbsent(sum.source(), key -> new Figures()).add(sum.type(), sum.fen());
        }
        List<ReconciliationReport.Break> breaks = new ArrayList<>();
        byProject.forEach((project, sources) -> sources.forEach((source, figures) -> {
            if (figures.disbursed().compareTo(figures.allocated()) > 0) {
                breaks.add(new ReconciliationReport.Break(project, source, "allocated ≥ disbursed",
                        "disbursed " + figures.disbursed() + " of " + figures.allocated() + " allocated"));
            }
            if (figures.spent().compareTo(figures.disbursed()) > 0) {
                breaks.add(new ReconciliationReport.Break(project, source, "disbursed ≥ spent",
                        "spent " + figures.spent() + " of " + figures.disbursed() + " disbursed"));
            }
            if (figures.spent().signum() < 0 || figures.disbursed().signum() < 0 || figures.allocated().signum() < 0) {
                breaks.add(new ReconciliationReport.Break(project, source, "no negative balance",
                        "allocated " + figures.allocated() + ", disbursed " + figures.disbursed() + ", spent " + figures.spent()));
            }
        }));
        for (ProjectCap cap : caps) {
            java.math.BigDecimal allocated = byProject.getOrDefault(cap.projectId(), Map.of()).values().stream()
                    .map(Figures::allocated).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            java.math.BigDecimal ceiling = org.renewalledger.kernel.common.Money.ofFen(cap.capFen()).yuan();
            if (allocated.compareTo(ceiling) > 0) {
                breaks.add(new ReconciliationReport.Break(cap.projectId(), null, "allocated ≤ approved budget + overrides",
                        "allocated " + allocated + " of " + ceiling));
            }
        }
        Map<String, Figures> databaseTotals = new TreeMap<>();
        totals.forEach(sum -> databaseTotals.computeIfAbsent(sum.source(), key -> new Figures()).add(sum.type(), sum.fen()));
        bySource.forEach((source, figures) -> {
            Figures total = databaseTotals.getOrDefault(source, new Figures());
            if (!figures.sameAs(total)) {
                breaks.add(new ReconciliationReport.Break(null, source, "jurisdiction total = sum of projects",
                        "jurisdiction " + total + ", projects " + figures));
            }
        });
        List<ReconciliationReport.SourceTotals> sourceTotals = bySource.entrySet().stream()
                .map(e -> new ReconciliationReport.SourceTotals(e.getKey(), e.getValue().allocated(), e.getValue().disbursed(),
                        e.getValue().clawedBack(), e.getValue().spent()))
                .toList();
        List<ReconciliationReport.FundTotals> funds = FundChecks.check(fundSums, fundedProjects, breaks);
        return new ReconciliationReport(jurisdiction, asOf, breaks.isEmpty(), sourceTotals, List.copyOf(breaks), funds);
    }
}
