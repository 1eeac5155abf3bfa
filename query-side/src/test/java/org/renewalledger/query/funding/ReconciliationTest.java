package org.renewalledger.query.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.funding.ReconciliationReport;

class ReconciliationTest {

    private static final List<Reconciliation.SourceSum> CENTRAL_TOTALS = List.of(
            new Reconciliation.SourceSum("CENTRAL_SUBSIDY", "ALLOCATION", 100_000),
            new Reconciliation.SourceSum("CENTRAL_SUBSIDY", "DISBURSEMENT", 60_000),
            new Reconciliation.SourceSum("CENTRAL_SUBSIDY", "EXPENDITURE", 50_000));

    @Test
    void shouldReportBalanced_whenEveryProjectAndTheTotalsAgree() {
        ReconciliationReport report = Reconciliation.report("520523", null, List.of(
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "ALLOCATION", 100_000),
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "DISBURSEMENT", 60_000),
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "EXPENDITURE", 50_000)), CENTRAL_TOTALS);
        assertThat(report.balanced()).isTrue();
        assertThat(report.breaks()).isEmpty();
        assertThat(report.bySource()).singleElement().satisfies(totals -> {
            assertThat(totals.allocated()).isEqualByComparingTo("1000.00");
            assertThat(totals.disbursed()).isEqualByComparingTo("600.00");
            assertThat(totals.spent()).isEqualByComparingTo("500.00");
        });
    }

    @Test
    void shouldBreakAProjectWhoseAllocationsExceedItsApprovedBudgetPlusOverrides() {
        List<Reconciliation.ProjectSum> sums = List.of(
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "ALLOCATION", 60_000),
                new Reconciliation.ProjectSum("P1", "LOCAL_BUDGET", "ALLOCATION", 40_001));
        List<Reconciliation.SourceSum> totals = List.of(new Reconciliation.SourceSum("CENTRAL_SUBSIDY", "ALLOCATION", 60_000),
                new Reconciliation.SourceSum("LOCAL_BUDGET", "ALLOCATION", 40_001));
        assertThat(Reconciliation.report("520523", null, sums, totals, List.of(), List.of(),
                List.of(new Reconciliation.ProjectCap("P1", 100_001))).breaks()).isEmpty();
        ReconciliationReport over = Reconciliation.report("520523", null, sums, totals, List.of(), List.of(),
                List.of(new Reconciliation.ProjectCap("P1", 100_000)));
        assertThat(over.breaks()).extracting(ReconciliationReport.Break::projectId, ReconciliationReport.Break::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "allocated ≤ approved budget + overrides"));
    }

    @Test
    void shouldReportEveryBreakWithTheRuleItBreaks() {
        ReconciliationReport report = Reconciliation.report("520523", null, List.of(
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "ALLOCATION", 50_000),
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "DISBURSEMENT", 60_000),
                new Reconciliation.ProjectSum("P2", "CENTRAL_SUBSIDY", "ALLOCATION", 50_000),
                new Reconciliation.ProjectSum("P2", "CENTRAL_SUBSIDY", "EXPENDITURE", 50_000)), CENTRAL_TOTALS);
        assertThat(report.balanced()).isFalse();
        assertThat(report.breaks()).extracting(ReconciliationReport.Break::projectId, ReconciliationReport.Break::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1", "allocated ≥ disbursed"),
                        org.assertj.core.groups.Tuple.tuple("P2", "disbursed ≥ spent"));
    }

    @Test
    void shouldReportABreak_whenTheJurisdictionTotalDiffersFromTheSumOfItsProjects() {
        ReconciliationReport report = Reconciliation.report("520523", null, List.of(
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "ALLOCATION", 100_000),
                new Reconciliation.ProjectSum("P1", "CENTRAL_SUBSIDY", "DISBURSEMENT", 60_000)), CENTRAL_TOTALS);
        assertThat(report.breaks()).singleElement().satisfies(found -> {
            assertThat(found.projectId()).isNull();
            assertThat(found.rule()).isEqualTo("jurisdiction total = sum of projects");
        });
    }
}
