package org.renewalledger.query.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.funding.CostStage;

/** The approval report's checks: plan against ledger by source, the cap, and the cost chain in order. */
class ApprovalChecksTest {

    private static final String PROJECT = "520523001-001-2026";

    @Test
    void shouldBeConsistent_whenTheLedgerFollowsThePlanAndEachFigureStaysWithinTheOneBefore() {
        ApprovalReport report = ApprovalChecks.report(new ApprovalChecks.Inputs(PROJECT, "520523001-001", 100_000_00L, List.of(),
                Map.of("CENTRAL_SUBSIDY", 70_000_00L, "LOCAL_BUDGET", 30_000_00L),
                Map.of("CENTRAL_SUBSIDY", 70_000_00L, "LOCAL_BUDGET", 30_000_00L),
                Map.of("CENTRAL_SUBSIDY", 50_000_00L),
                Map.of(CostStage.BUDGET_REVIEW, step("BUDGET_REVIEW", "99000.00"), CostStage.CONTRACT, step("CONTRACT", "98000.00"))));
        assertThat(report.flags()).isEmpty();
        assertThat(report.consistent()).isTrue();
        assertThat(report.cap()).isEqualByComparingTo("100000.00");
        assertThat(report.chain()).extracting(ApprovalReport.ChainStep::stage).containsExactly("APPROVED_BUDGET", "BUDGET_REVIEW",
                "CONTRACT", "FINAL_ACCOUNTS", "AUDITED_SETTLEMENT", "PAID");
        assertThat(report.chain().get(5).amount()).isEqualByComparingTo("50000.00");
    }

    @Test
    void shouldFlagALaterFigureAboveAnEarlierOne_skippingStagesNotYetRecorded() {
        ApprovalReport report = ApprovalChecks.report(new ApprovalChecks.Inputs(PROJECT, null, 100_000_00L, List.of(),
                Map.of(), Map.of(), Map.of("CENTRAL_SUBSIDY", 0L),
                Map.of(CostStage.BUDGET_REVIEW, step("BUDGET_REVIEW", "90000.00"),
                        CostStage.AUDITED_SETTLEMENT, step("AUDITED_SETTLEMENT", "91000.00"))));
        assertThat(report.flags()).extracting(ApprovalReport.Flag::rule).containsExactly("AUDITED_SETTLEMENT ≤ BUDGET_REVIEW");
    }

    @Test
    void shouldFlagSourcesWhoseAllocationOrPaymentsDifferFromThePlan_andAllocationsAboveTheCap() {
        ApprovalReport report = ApprovalChecks.report(new ApprovalChecks.Inputs(PROJECT, null, 100_000_00L,
                List.of(new ApprovalReport.Override("QX-1", new BigDecimal("5000.00"), "调增", null, "chen", "HOUSING_BUREAU")),
                Map.of("CENTRAL_SUBSIDY", 70_000_00L), Map.of("CENTRAL_SUBSIDY", 80_000_00L, "SOCIAL_CAPITAL", 30_000_00L),
                Map.of("CENTRAL_SUBSIDY", 75_000_00L), Map.of()));
        assertThat(report.cap()).isEqualByComparingTo("105000.00");
        assertThat(report.flags()).extracting(flag -> flag.rule() + " @ " + flag.where()).containsExactlyInAnyOrder(
                "allocated ≤ approved budget + overrides @ " + PROJECT,
                "allocated = planned, per source @ CENTRAL_SUBSIDY",
                "allocated = planned, per source @ SOCIAL_CAPITAL",
                "paid ≤ planned, per source @ CENTRAL_SUBSIDY");
    }

    @Test
    void shouldFlagALedgerThatKnowsNoApprovedBudget() {
        ApprovalReport report = ApprovalChecks.report(new ApprovalChecks.Inputs(PROJECT, null, null, List.of(), Map.of(),
                Map.of("CENTRAL_SUBSIDY", 1_00L), Map.of(), Map.of()));
        assertThat(report.flags()).extracting(ApprovalReport.Flag::rule).containsExactly("approved budget known");
        assertThat(report.cap()).isNull();
    }

    private static ApprovalReport.ChainStep step(String stage, String yuan) {
        return new ApprovalReport.ChainStep(stage, new BigDecimal(yuan), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "ref");
    }
}
