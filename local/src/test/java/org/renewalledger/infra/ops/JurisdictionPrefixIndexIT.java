package org.renewalledger.infra.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.jdbc.core.ConnectionCallback;

/**
 * Every read that selects a county or street office by code prefix can be answered from an index (migration V91,
 * docs/PERFORMANCE.md "Tuning G"). The test tables are small, so PostgreSQL would rightly scan them; with sequential
 * scans priced out it must still find an index whose condition is the prefix's range ({@code ~>=~}, the pattern
 * operators). Without a pattern-ops index the plan stays a sequential scan: a plain B-tree cannot answer LIKE under
 * the database's collation.
 */
class JurisdictionPrefixIndexIT extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "funding_ledger_entry WHERE jurisdiction_code LIKE '520121%'",
            "compound_view WHERE street_office_code LIKE '520121%'",
            "review_case WHERE unit_jurisdiction LIKE '520121%'",
            "measure_proposal WHERE unit_jurisdiction LIKE '520121%'",
            "dashboard_fact WHERE year = 2026 AND unit_id LIKE '520121%'",
            "assessment_fact WHERE scope_code LIKE '520121%'"})
    void shouldAnswerAPrefixReadFromAnIndex(String read) {
        List<String> plan = explainWithoutSequentialScans("SELECT * FROM " + read);

        assertThat(plan).as("plan of " + read).anySatisfy(line -> assertThat(line).contains("Index Cond").contains("~>=~"));
    }

    private List<String> explainWithoutSequentialScans(String query) {
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL enable_seqscan = off");
                List<String> lines = new ArrayList<>();
                try (ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
                    while (plan.next()) {
                        lines.add(plan.getString(1));
                    }
                }
                return lines;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
