package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The fund ledger read model is derived data: a replay into the emptied table gives exactly the incremental rows. */
class FundLedgerRebuildIT extends FundingIntegrationTest {

    private static final String SNAPSHOT = "SELECT * FROM fund_ledger_entry ORDER BY fund_id, sequence_number";

    @Test
    void shouldRebuildTheFundLedgerFromTheEventStoreToTheSameRows() {
        String county = tokenFor("finance-bureau");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String fund = "520523-LOCAL_BUDGET-" + (3000 + Math.abs(run.hashCode() % 6000));
        postToFund(county, fund, "commitments", Map.of("amount", "900.00", "idempotencyKey", "R1-" + run));
        for (int i = 0; i < 3; i++) {
            postToFund(county, fund, "allocations", Map.of("toProject", newProjectId(), "amount", "100.00", "idempotencyKey", "R2-" + run + i));
        }
        postToFund(county, fund, "reversals", Map.of("entryId", fund + "-E2", "reason", "项目调整", "idempotencyKey", "R3-" + run));
        String admin = tokenFor("administrator");
        eventually(() -> {
            assertCaughtUp("fund-ledger", admin);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM fund_ledger_entry WHERE fund_id = ?", Long.class, fund)).isEqualTo(5);
        });
        List<Map<String, Object>> incremental = jdbc.queryForList(SNAPSHOT);

        http.post().uri("/api/admin/projections/fund-ledger/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();

        eventually(() -> {
            assertCaughtUp("fund-ledger", admin);
            assertThat(jdbc.queryForList(SNAPSHOT)).isEqualTo(incremental);
        });
    }

    private void postToFund(String token, String fund, String what, Map<String, Object> body) {
        http.post().uri("/api/funds/{fund}/{what}", fund, what).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated();
    }

}
