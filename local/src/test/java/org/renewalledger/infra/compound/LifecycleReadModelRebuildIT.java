package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.ops.ProjectionStatus;

/**
 * The lifecycle read models are derived data: replaying the event store into emptied tables gives exactly
 * the rows incremental processing gave — including votes changed after an earlier vote.
 */
class LifecycleReadModelRebuildIT extends IntegrationTest {

    private static final List<Map.Entry<String, String>> TABLES = List.of(
            Map.entry("project-timeline", "SELECT * FROM project_timeline ORDER BY compound_id, sequence"),
            Map.entry("consent-register", "SELECT v.*, c.closed_at, c.passed, c.rule, c.electorate_basis, c.eligible_owners, "
                    + "c.eligible_area_cm2 FROM consent_vote v JOIN consent_count c USING (compound_id, matter, round) "
                    + "ORDER BY compound_id, matter, round, ballot_key"),
            // the owners' roster and each count's frozen electorate run in the consent register's group
            Map.entry("consent-register", "SELECT * FROM roster_unit ORDER BY compound_id, unit_code"),
            Map.entry("consent-register", "SELECT * FROM consent_electorate ORDER BY compound_id, matter, round, unit_code"));

    @Test
    void shouldRebuildTheTimelineAndTheConsentRegisterToTheSameRows() {
        String office = tokenFor("street-office");
        String committee = tokenFor("owners-committee");
        String admin = tokenFor("administrator");
        for (int c = 0; c < 3; c++) {
            String id = newCompoundId();
            register(office, registration(id, "重建小区" + c, 1991)).expectStatus().isCreated();
            LifecycleSteps project = new LifecycleSteps(http, id);
            bindCommittee(office, id);
            project.roster(office, LifecycleSteps.units("4-", 0, 11, "70.5")).expectStatus().isOk();
            project.post(office, "roster/units/4-11/correction", Map.of("exclusiveArea", "70.50", "areaBasis", "SURVEY",
                    "owners", List.of("p-4-11"), "reason", "实测面积")).expectStatus().isOk();
            project.wishesSurvey(office).expectStatus().isOk();
            project.applicationAgreedBy(office, List.of("4-0", "4-1", "4-2", "4-3", "4-4", "4-5", "4-6", "4-7", "4-8", "4-9",
                    "4-10", "4-11"));
            project.application(committee).expectStatus().isOk();
            project.post(office, "roster/units/4-10/transfer", Map.of("newOwners", List.of("p-buyer-" + c),
                    "reason", "SALE", "evidence", "REG-2025-" + c, "transferredOn", "2025-07-01",
                    "backdatingReason", LifecycleSteps.LATE)).expectStatus().isOk();
            project.scheme(office, "100000.00").expectStatus().isOk();
            // the count on the scheme closes once the scheme's notice has run (issue 18)
            project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
            for (int i = 0; i < 12; i++) {
                project.vote(office, "SCHEME", "4-" + i, "70.5", i % 4 == 0 ? "DISAGREE" : "AGREE").expectStatus().isOk();
            }
            project.vote(office, "SCHEME", "4-0", "70.5", "AGREE").expectStatus().isOk();
            project.closeCount(office, "SCHEME").expectStatus().isOk();
        }
        for (Map.Entry<String, String> model : TABLES) {
            String name = model.getKey();
            eventually(() -> assertThat(status(admin, name)).satisfies(LifecycleReadModelRebuildIT::current));
            List<Map<String, Object>> incremental = jdbc.queryForList(model.getValue());
            assertThat(incremental).isNotEmpty();

            http.post().uri("/api/admin/projections/{name}/replay", name).headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().isAccepted();

            // The replay is asynchronous (202): the status can still read current before the reset takes hold, so
            // the rows themselves are polled until the rebuild has reached them.
            eventually(() -> {
                assertThat(status(admin, name)).satisfies(LifecycleReadModelRebuildIT::current);
                assertThat(jdbc.queryForList(model.getValue())).as(name).isEqualTo(incremental);
            });
        }
    }

    private ProjectionStatus status(String adminToken, String name) {
        return http.get().uri("/api/admin/projections/{name}", name).headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isOk()
                .expectBody(ProjectionStatus.class).returnResult().getResponseBody();
    }

    private static void current(ProjectionStatus status) {
        assertThat(status.running()).as("running").isTrue();
        assertThat(status.replaying()).as("replaying").isFalse();
        assertThat(status.caughtUp()).as("caught up").isTrue();
        assertThat(status.position()).as("position").isGreaterThanOrEqualTo(status.head());
    }
}
