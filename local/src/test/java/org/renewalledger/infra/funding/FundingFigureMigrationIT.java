package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.store.PostgresEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A store upgraded in place answers from kept figures without a replay: V210 fills {@code funding_figure} from the
 * ledger lines already there. Shown on a database of its own in the embedded PostgreSQL, migrated to V200 (the last migration before V210 when it came), given
 * ledger lines as the projection writes them, then migrated to the end.
 */
class FundingFigureMigrationIT extends IntegrationTest {

    @Autowired
    PostgresEndpoint endpoint;

    @Test
    void shouldFillTheKeptFiguresFromTheLedgerLinesAStoreAlreadyHolds() {
        String database = "figure_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("CREATE DATABASE " + database);
        DriverManagerDataSource upgraded = new DriverManagerDataSource(
                new PostgresEndpoint(endpoint.host(), endpoint.port(), database, endpoint.username(), endpoint.password()).jdbcUrl(),
                endpoint.username(), endpoint.password());
        try {
            // Flyway's target names an existing migration: V200, the last before the kept figures when they came.
            Flyway.configure().dataSource(upgraded).locations("classpath:db/migration").target("200").load().migrate();
            JdbcTemplate store = new JdbcTemplate(upgraded);
            // sequence, line, entry type, source, amount, recipient, fund
            line(store, "P-1", 1, 0, "ALLOCATION", "CENTRAL_SUBSIDY", 100_000, null, null);
            line(store, "P-1", 2, 0, "ALLOCATION", "CENTRAL_SUBSIDY", 50_000, "贵州电网", null);
            line(store, "P-1", 3, 0, "ALLOCATION", "CENTRAL_SUBSIDY", 30_000, null, "520523-CENTRAL_SUBSIDY-2026");
            line(store, "P-1", 4, 0, "MILESTONE", null, 0, null, null);
            line(store, "P-1", 5, 0, "DISBURSEMENT", "CENTRAL_SUBSIDY", 60_000, "黔建集团", null);
            line(store, "P-1", 6, 0, "DISBURSEMENT", "CENTRAL_SUBSIDY", 20_000, "金沙住建", null);
            line(store, "P-1", 7, 0, "DISBURSEMENT", "CENTRAL_SUBSIDY", -20_000, "金沙住建", null);
            line(store, "P-1", 8, 0, "EXPENDITURE", "CENTRAL_SUBSIDY", 10_000, "鑫达建筑", null);
            line(store, "P-1", 9, 0, "EXPENDITURE", "CENTRAL_SUBSIDY", 5_000, "另一家", null);
            line(store, "P-1", 10, 0, "FINDING", "CENTRAL_SUBSIDY", 7_000, null, null);
            line(store, "P-1", 11, 0, "CLAWBACK", "CENTRAL_SUBSIDY", 7_000, null, null);
            line(store, "P-2", 1, 0, "ALLOCATION", "LOCAL_BUDGET", 40_000, null, null);
            line(store, "P-2", 1, 1, "ALLOCATION", "UTILITY_COMPANY", 2_000, "中国电信", null);

            Flyway.configure().dataSource(upgraded).locations("classpath:db/migration").load().migrate();

            List<String> figures = store.query("SELECT project_id, jurisdiction_code, entry_type, source, recipient, fund_id, amount_fen "
                            + "FROM funding_figure ORDER BY project_id, entry_type, source, recipient NULLS FIRST, fund_id NULLS FIRST",
                    (row, n) -> String.join("|", Arrays.asList(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), Long.toString(row.getLong(7)))));
            assertThat(figures).containsExactly(
                    // allocations: the utility's name is no figure's, the county fund is
                    "P-1|520523|ALLOCATION|CENTRAL_SUBSIDY|null|null|150000",
                    "P-1|520523|ALLOCATION|CENTRAL_SUBSIDY|null|520523-CENTRAL_SUBSIDY-2026|30000",
                    "P-1|520523|CLAWBACK|CENTRAL_SUBSIDY|null|null|7000",
                    // disbursements per unit paid, a reversed one at nought
                    "P-1|520523|DISBURSEMENT|CENTRAL_SUBSIDY|金沙住建|null|0",
                    "P-1|520523|DISBURSEMENT|CENTRAL_SUBSIDY|黔建集团|null|60000",
                    "P-1|520523|EXPENDITURE|CENTRAL_SUBSIDY|null|null|15000",
                    "P-2|520523|ALLOCATION|LOCAL_BUDGET|null|null|40000",
                    "P-2|520523|ALLOCATION|UTILITY_COMPANY|null|null|2000");
        } finally {
            jdbc.execute("DROP DATABASE " + database + " WITH (FORCE)");
        }
    }

    private static void line(JdbcTemplate store, String project, long sequence, int line, String type, String source, long fen,
                             String recipient, String fund) {
        store.update("INSERT INTO funding_ledger_entry (project_id, sequence_number, line, event_id, event_type, entry_type, "
                        + "jurisdiction_code, source, amount_fen, recipient, fund_id, recorded_at) "
                        + "VALUES (?, ?, ?, ?, 'E', ?, '520523', ?, ?, ?, ?, now())",
                project, sequence, line, UUID.randomUUID().toString(), type, source, fen, recipient, fund);
    }
}
