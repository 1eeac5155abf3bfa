package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The funding ledger read model is derived data: replaying every event into the emptied table gives
 * exactly the rows incremental processing gave — global positions, timestamps and metadata included.
 */
class FundingLedgerRebuildIT extends FundingIntegrationTest {

    private static final String SNAPSHOT = "SELECT * FROM funding_ledger_entry ORDER BY project_id, sequence_number, line";

    @Test
    void shouldRebuildTheFundingLedgerFromTheEventStoreToTheSameRows() {
        String finance = tokenFor("finance-bureau");
        for (int i = 0; i < 3; i++) {
            String p = newProjectId();
            post(finance, p, "allocations", allocation("CENTRAL_SUBSIDY", "500.00", p + "-a1")).expectStatus().isCreated();
            post(finance, p, "utility-cost-shares", Map.of("jurisdictionCode", COUNTY, "work", "COMMON_POWER_LINES",
                    "totalCost", "123.45", "utilityCompany", "贵州电网", "idempotencyKey", p + "-u1")).expectStatus().isCreated();
            completeProject(p);
            post(finance, p, "disbursements", disbursement("CENTRAL_SUBSIDY", "200.00", p + "-p1")).expectStatus().isCreated();
            post(finance, p, "reversals", Map.of("jurisdictionCode", COUNTY, "entryId", p + "-E3", "reason", "收款人有误",
                    "idempotencyKey", p + "-r1")).expectStatus().isCreated();
        }
        String admin = tokenFor("administrator");
        eventually(() -> assertCaughtUp("funding-ledger", admin));
        List<Map<String, Object>> incremental = jdbc.queryForList(SNAPSHOT);
        assertThat(incremental).hasSizeGreaterThanOrEqualTo(3 * 8);

        http.post().uri("/api/admin/projections/funding-ledger/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();

        eventually(() -> {
            assertCaughtUp("funding-ledger", admin);
            assertThat(jdbc.queryForList(SNAPSHOT)).isEqualTo(incremental);
        });
    }

}
