package org.renewalledger.query.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.funding.ReconciliationReport;

/** The fund levels of the reconciliation: committed ≥ allocated per fund, and each level's sums against the level below. */
class FundReconciliationTest {

    private static final String CENTRAL = "CN-CENTRAL_SUBSIDY-2026";
    private static final String PROVINCE = "520000-CENTRAL_SUBSIDY-2026";
    private static final String COUNTY = "520523-CENTRAL_SUBSIDY-2026";
    private static final String PROJECT = "520523001-001-2026";

    @Test
    void shouldReportBalanced_whenEveryLevelMatchesTheOneBelow() {
        ReconciliationReport report = reconcile(List.of(
                        sum(CENTRAL, "CENTRAL", "COMMITMENT", null, 100_000, false),
                        sum(CENTRAL, "CENTRAL", "ALLOCATION", PROVINCE, 80_000, false),
                        sum(PROVINCE, "PROVINCE", "RECEIPT", CENTRAL, 80_000, false),
                        sum(PROVINCE, "PROVINCE", "ALLOCATION", COUNTY, 50_000, false),
                        sum(COUNTY, "COUNTY", "RECEIPT", PROVINCE, 50_000, true),
                        sum(COUNTY, "COUNTY", "ALLOCATION", PROJECT, 30_000, true)),
                List.of(new Reconciliation.FundedProjectSum(COUNTY, PROJECT, 30_000)));

        assertThat(report.balanced()).isTrue();
        assertThat(report.funds()).singleElement().satisfies(fund -> {
            assertThat(fund.fundId()).isEqualTo(COUNTY);
            assertThat(fund.received()).isEqualByComparingTo("500.00");
            assertThat(fund.allocated()).isEqualByComparingTo("300.00");
            assertThat(fund.available()).isEqualByComparingTo("200.00");
        });
    }

    @Test
    void shouldReportAFundThatAllocatedMoreThanItHad_byOneFen() {
        ReconciliationReport report = reconcile(List.of(
                sum(COUNTY, "COUNTY", "COMMITMENT", null, 50_000, true),
                sum(COUNTY, "COUNTY", "ALLOCATION", PROJECT, 50_001, true)),
                List.of(new Reconciliation.FundedProjectSum(COUNTY, PROJECT, 50_001)));

        assertThat(report.breaks()).extracting(ReconciliationReport.Break::fundId, ReconciliationReport.Break::rule)
                .containsExactly(tuple(COUNTY, "committed ≥ allocated"));
    }

    @Test
    void shouldReportTheLevelBelow_whenItRecordsLessThanTheLevelAboveGaveIt() {
        ReconciliationReport report = reconcile(List.of(
                sum(PROVINCE, "PROVINCE", "ALLOCATION", COUNTY, 50_000, false),
                sum(COUNTY, "COUNTY", "RECEIPT", PROVINCE, 49_999, true),
                sum(COUNTY, "COUNTY", "ALLOCATION", PROJECT, 30_000, true)),
                List.of(new Reconciliation.FundedProjectSum(COUNTY, PROJECT, 29_999)));

        assertThat(report.breaks()).extracting(ReconciliationReport.Break::fundId, ReconciliationReport.Break::projectId,
                        ReconciliationReport.Break::rule)
                .containsExactlyInAnyOrder(
                        tuple(PROVINCE, null, "fund allocations = receipts of the fund below"),
                        tuple(COUNTY, PROJECT, "fund allocations = allocations the project received"));
    }

    @Test
    void shouldReportAProjectThatBookedAFundAllocationTheFundNeverMade() {
        ReconciliationReport report = reconcile(List.of(sum(COUNTY, "COUNTY", "COMMITMENT", null, 50_000, true)),
                List.of(new Reconciliation.FundedProjectSum(COUNTY, PROJECT, 100)));

        assertThat(report.breaks()).extracting(ReconciliationReport.Break::projectId, ReconciliationReport.Break::detail)
                .containsExactly(tuple(PROJECT, COUNTY + " allocated 0.00 to " + PROJECT + ", which records 1.00"));
    }

    private static ReconciliationReport reconcile(List<Reconciliation.FundSum> funds, List<Reconciliation.FundedProjectSum> funded) {
        return Reconciliation.report("520523", null, List.of(), List.of(), funds, funded);
    }

    private static Reconciliation.FundSum sum(String fund, String level, String type, String counterparty, long fen, boolean inScope) {
        return new Reconciliation.FundSum(fund, level, "CENTRAL_SUBSIDY", type, counterparty, fen, inScope);
    }
}
