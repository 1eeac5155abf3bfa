package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A county's spending progress and reconciliation now are read from the figures the funding projection keeps as
 * rows ({@code funding_figure}); as of an instant they are summed from the ledger lines. Both must say the same
 * for an instant after every line, through allocations (one from a county fund), disbursements to two units, a
 * reversal, an expenditure and a clawback, and a replay of the projection must rebuild the same figures.
 */
class FundingFigureIT extends FundingIntegrationTest {

    /** After every line any test records: the as-of path, which sums the ledger itself. */
    private static final String FAR_FUTURE = "2999-01-01T00:00:00Z";

    /** The kept figures regrouped from the ledger, one row per figure, for the whole database. */
    private static final String FROM_LEDGER = "SELECT project_id, jurisdiction_code, entry_type, source, "
            + "CASE WHEN entry_type = 'DISBURSEMENT' THEN recipient END AS recipient, "
            + "CASE WHEN entry_type = 'ALLOCATION' THEN fund_id END AS fund_id, sum(amount_fen)::bigint AS amount_fen "
            + "FROM funding_ledger_entry WHERE entry_type IN ('ALLOCATION', 'DISBURSEMENT', 'EXPENDITURE', 'CLAWBACK') "
            + "GROUP BY 1, 2, 3, 4, 5, 6";
    private static final String KEPT = "SELECT project_id, jurisdiction_code, entry_type, source, recipient, fund_id, amount_fen "
            + "FROM funding_figure";

    @Test
    void shouldAnswerTheCountyNowFromKeptFiguresAsTheLedgerSumsSay_andRebuildThemOnReplay() {
        String finance = tokenFor("finance-bureau");
        String auditor = tokenFor("auditor");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String unit = "金沙住建" + run;

        // Project one: two sources, two units paid, one payment reversed, money spent, a finding clawed back.
        String first = newProjectId();
        post(finance, first, "allocations", allocation("CENTRAL_SUBSIDY", "1000.00", first + "-a1")).expectStatus().isCreated();
        post(finance, first, "resident-contributions", Map.of("jurisdictionCode", COUNTY, "amount", "100.00", "households", 10,
                "idempotencyKey", first + "-c1")).expectStatus().isCreated();
        completeProject(first);
        bindContractor(first, first.substring(0, first.length() - 5));
        post(finance, first, "disbursements", disbursement("CENTRAL_SUBSIDY", "600.00", first + "-p1")).expectStatus().isCreated();
        post(finance, first, "disbursements", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", "200.00",
                "recipient", unit, "idempotencyKey", first + "-p2"))
                .expectStatus().isCreated().expectBody().jsonPath("$.entryId").isEqualTo(first + "-E4");
        post(finance, first, "reversals", Map.of("jurisdictionCode", COUNTY, "entryId", first + "-E4", "reason", "收款人有误",
                "idempotencyKey", first + "-r1")).expectStatus().isCreated();
        post(tokenFor("implementing-entity"), first, "expenditures", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY",
                "amount", "300.00", "payee", "鑫达建筑", "purpose", "外墙保温", "idempotencyKey", first + "-x1")).expectStatus().isCreated();
        post(auditor, first, "audit-findings", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", "100.00",
                "finding", "超合同范围拨付", "idempotencyKey", first + "-f1"))
                .expectStatus().isCreated().expectBody().jsonPath("$.entryId").isEqualTo(first + "-E7");
        post(finance, first, "clawbacks", Map.of("jurisdictionCode", COUNTY, "findingEntryId", first + "-E7", "amount", "100.00",
                "idempotencyKey", first + "-k1")).expectStatus().isCreated();

        // Project two: money from a county fund (a budget year of this test's own), an allocation reversed, a unit paid.
        String second = newProjectId();
        int year = ThreadLocalRandom.current().nextInt(3000, 9999);
        fund(tokenFor("central-finance"), "CN-CENTRAL_SUBSIDY-" + year, "commitments",
                Map.of("amount", "500.00", "idempotencyKey", "ZY-" + run));
        fund(tokenFor("central-finance"), "CN-CENTRAL_SUBSIDY-" + year, "allocations",
                Map.of("toJurisdiction", "520000", "amount", "500.00", "idempotencyKey", "ZX-" + run));
        fund(tokenFor("provincial-finance"), "520000-CENTRAL_SUBSIDY-" + year, "allocations",
                Map.of("toJurisdiction", COUNTY, "amount", "400.00", "idempotencyKey", "SX-" + run));
        fund(finance, COUNTY + "-CENTRAL_SUBSIDY-" + year, "allocations",
                Map.of("toProject", second, "amount", "300.00", "idempotencyKey", "XX-" + run));
        eventually(() -> assertThat(getJson(auditor, "/api/projects/{id}/funding", second).path("allocated").decimalValue())
                .isEqualByComparingTo("300.00"));
        post(finance, second, "allocations", allocation("LOCAL_BUDGET", "50.00", second + "-a1"))
                .expectStatus().isCreated().expectBody().jsonPath("$.entryId").isEqualTo(second + "-E2");
        post(finance, second, "reversals", Map.of("jurisdictionCode", COUNTY, "entryId", second + "-E2", "reason", "重复录入",
                "idempotencyKey", second + "-r1")).expectStatus().isCreated();
        completeProject(second);
        post(finance, second, "disbursements", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", "100.00",
                "recipient", unit, "idempotencyKey", second + "-p1")).expectStatus().isCreated();

        String admin = tokenFor("administrator");
        eventually(() -> {
            assertCaughtUp("funding-ledger", admin);
            JsonNode progress = getJson(auditor, "/api/funding/progress?jurisdiction={j}", COUNTY);
            assertThat(line(progress.path("byProject"), first).path("allocated").decimalValue()).isEqualByComparingTo("1100.00");
            assertThat(line(progress.path("byProject"), second).path("allocated").decimalValue()).isEqualByComparingTo("300.00");
            assertThat(line(progress.path("byProject"), second).path("disbursed").decimalValue()).isEqualByComparingTo("100.00");
            // The unit paid on both projects: 0 net on the first (paid, then reversed), 100 on the second.
            assertThat(line(progress.path("byUnit"), unit).path("allocated").decimalValue()).isEqualByComparingTo("1400.00");
            assertThat(line(progress.path("byUnit"), unit).path("disbursed").decimalValue()).isEqualByComparingTo("100.00");
            assertSameNowAsSummedFromTheLedger(auditor);
        });
        assertThat(rows(KEPT)).containsExactlyInAnyOrderElementsOf(rows(FROM_LEDGER));
        JsonNode progressBefore = getJson(auditor, "/api/funding/progress?jurisdiction={j}", COUNTY);
        JsonNode reconciliationBefore = getJson(auditor, "/api/funding/reconciliation?jurisdiction={j}", COUNTY);
        List<Map<String, Object>> keptBefore = rows(KEPT);

        http.post().uri("/api/admin/projections/funding-ledger/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();

        eventually(() -> {
            assertCaughtUp("funding-ledger", admin);
            assertThat(rows(KEPT)).containsExactlyInAnyOrderElementsOf(keptBefore);
            assertThat(getJson(auditor, "/api/funding/progress?jurisdiction={j}", COUNTY)).isEqualTo(progressBefore);
            assertThat(getJson(auditor, "/api/funding/reconciliation?jurisdiction={j}", COUNTY)).isEqualTo(reconciliationBefore);
        });
        assertSameNowAsSummedFromTheLedger(auditor);
    }

    private void assertSameNowAsSummedFromTheLedger(String auditor) {
        assertThat(withoutAsOf(getJson(auditor, "/api/funding/progress?jurisdiction={j}", COUNTY)))
                .isEqualTo(withoutAsOf(getJson(auditor, "/api/funding/progress?jurisdiction={j}&asOf={t}", COUNTY, FAR_FUTURE)));
        assertThat(withoutAsOf(getJson(auditor, "/api/funding/reconciliation?jurisdiction={j}", COUNTY)))
                .isEqualTo(withoutAsOf(getJson(auditor, "/api/funding/reconciliation?jurisdiction={j}&asOf={t}", COUNTY, FAR_FUTURE)));
        // The province too: the prefix reaches every county's kept figures.
        String province = tokenFor("provincial-finance");
        assertThat(withoutAsOf(getJson(province, "/api/funding/progress?jurisdiction={j}", "520000")))
                .isEqualTo(withoutAsOf(getJson(province, "/api/funding/progress?jurisdiction={j}&asOf={t}", "520000", FAR_FUTURE)));
        assertThat(withoutAsOf(getJson(province, "/api/funding/reconciliation?jurisdiction={j}", "520000")))
                .isEqualTo(withoutAsOf(getJson(province, "/api/funding/reconciliation?jurisdiction={j}&asOf={t}", "520000", FAR_FUTURE)));
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql);
    }

    private void fund(String token, String fundId, String what, Map<String, Object> body) {
        http.post().uri("/api/funds/{fund}/{what}", fundId, what)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated();
    }


    private static JsonNode line(JsonNode lines, String key) {
        for (JsonNode line : lines) {
            if (line.path("key").asText().equals(key)) {
                return line;
            }
        }
        throw new AssertionError("No line for " + key + " in " + lines);
    }

    private static JsonNode withoutAsOf(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("asOf");
        return copy;
    }
}
