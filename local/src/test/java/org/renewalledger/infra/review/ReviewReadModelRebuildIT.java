package org.renewalledger.infra.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.ops.ProjectionStatus;
import org.renewalledger.kernel.assessment.Grade;

/**
 * The review and dashboard read models are derived data: replaying every event into emptied tables gives exactly
 * the rows incremental processing gave.
 */
class ReviewReadModelRebuildIT extends ReviewIntegrationTest {

    private static final Map<String, List<String>> SNAPSHOTS = Map.of(
            "review-cases", List.of("SELECT * FROM review_case ORDER BY case_id",
                    "SELECT * FROM review_step ORDER BY case_id, sequence_number",
                    "SELECT * FROM measure_proposal ORDER BY assessing_jurisdiction, unit_id, month"),
            "dashboard", List.of("SELECT * FROM dashboard_fact ORDER BY stream_id, sequence_number",
                    "SELECT * FROM dashboard_compound ORDER BY compound_id",
                    "SELECT * FROM dashboard_target ORDER BY unit_id, year",
                    "SELECT * FROM dashboard_ranking ORDER BY jurisdiction, month, unit_id"));

    @Test
    void shouldRebuildTheReviewAndDashboardReadModelsToTheSameRows() {
        String discipline = tokenFor("discipline-office");
        String streetOffice = tokenFor("street-office");
        for (int i = 0; i < 3; i++) {
            String caseId = newCaseId();
            String path = "/api/review-cases/" + caseId;
            post(discipline, "/api/review-cases", Map.of("caseId", caseId, "unitId", "520523001", "assessingJurisdiction", "520523",
                    "finding", "开工滞后" + i)).expectStatus().isCreated();
            post(discipline, path + "/conclusion", Map.of("conclusion", "限期整改")).expectStatus().isOk();
            post(streetOffice, path + "/objection", Map.of("grounds", "口径有误")).expectStatus().isOk();
            post(discipline, path + "/objection-decision", Map.of("decision", "DISMISSED", "reasoning", "驳回")).expectStatus().isOk();
            post(discipline, path + "/rectification-order", Map.of("requirement", "全部开工", "deadline", "2099-01-01"))
                    .expectStatus().isOk();
            post(streetOffice, path + "/evidence", Map.of("evidence", "开工报告", "attachments",
                    java.util.List.of(org.renewalledger.infra.compound.LifecycleSteps.uploadPhoto(http, streetOffice)))).expectStatus().isOk();
        }
        for (int i = 0; i < 3; i++) {
            register(tokenFor("housing-bureau"), registration(newCompoundId(), "重建小区" + i, 1990)).expectStatus().isCreated();
        }
        publishAssessment("520526", "2026-05", 1, List.of(line("520526001", 9100, Grade.GOOD, 1, false),
                line("520526002", 7000, Grade.FAIL, 2, true)));
        publishAssessment("520526", "2026-05", 2, List.of(line("520526002", 9100, Grade.GOOD, 1, false),
                line("520526001", 7000, Grade.FAIL, 2, true)));

        String admin = tokenFor("administrator");
        eventually(() -> {
            SNAPSHOTS.keySet().forEach(name -> current(admin, name));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM measure_proposal WHERE assessing_jurisdiction = '520526'",
                    Long.class)).isEqualTo(2);
        });
        Map<String, List<Map<String, Object>>> incremental = snapshot();
        assertThat(incremental.get("SELECT * FROM review_step ORDER BY case_id, sequence_number")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(incremental.get("SELECT * FROM dashboard_ranking ORDER BY jurisdiction, month, unit_id")).isNotEmpty();

        for (String name : SNAPSHOTS.keySet()) {
            http.post().uri("/api/admin/projections/" + name + "/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().isAccepted();
        }
        eventually(() -> {
            SNAPSHOTS.keySet().forEach(name -> current(admin, name));
            assertThat(snapshot()).isEqualTo(incremental);
        });
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        SNAPSHOTS.values().forEach(queries -> queries.forEach(sql -> rows.put(sql, jdbc.queryForList(sql))));
        return rows;
    }

    private void current(String adminToken, String name) {
        ProjectionStatus status = http.get().uri("/api/admin/projections/" + name).headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isOk()
                .expectBody(ProjectionStatus.class).returnResult().getResponseBody();
        assertThat(status.running()).as("running").isTrue();
        assertThat(status.replaying()).as("replaying").isFalse();
        assertThat(status.caughtUp()).as("caught up").isTrue();
        assertThat(status.position()).as("position").isGreaterThanOrEqualTo(status.head());
    }
}
