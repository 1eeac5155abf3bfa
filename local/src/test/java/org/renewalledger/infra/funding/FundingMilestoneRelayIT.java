package org.renewalledger.infra.funding;

import org.renewalledger.infra.compound.LifecycleSteps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tranches gated on the project's real state: a compound walked through its lifecycle over HTTP, its funding
 * ledger linked to it, and the lifecycle's own milestone — not a hand-entered one — releasing the tranche.
 * A replay of the relay sends its commands again and records nothing twice.
 */
class FundingMilestoneRelayIT extends IntegrationTest {

    @Test
    void shouldRefuseATrancheBeforeConstructionStarts_andPayItOnceTheLifecycleRecordsTheStart() {
        String office = tokenFor("street-office");
        String committee = tokenFor("owners-committee");
        String bureau = tokenFor("housing-bureau");
        String builder = tokenFor("implementing-entity");
        String finance = tokenFor("finance-bureau");
        String admin = tokenFor("administrator");
        String compound = newCompoundId();
        String project = compound + "-2026";
        String lateProject = compound + "-2027";
        LifecycleSteps steps = new LifecycleSteps(http, compound);
        bindCommittee(office, compound);
        bindContractor(project, compound);
        approvedAndContracted(steps, compound, office, committee, bureau, builder, finance);

        funding(finance, project, "compound-link", Map.of("jurisdictionCode", "520523", "compoundId", compound)).expectStatus().isOk();
        funding(finance, project, "allocations", Map.of("jurisdictionCode", "520523", "source", "CENTRAL_SUBSIDY",
                "amount", "1000.00", "idempotencyKey", project + "-A1")).expectStatus().isCreated();
        funding(finance, project, "disbursements", tranche(project + "-B1")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("TRANCHE_NOT_RELEASED");

        steps.milestone(builder, "CONSTRUCTION_STARTED", 0).expectStatus().isOk();

        eventually(() -> funding(finance, project, "disbursements", tranche(project + "-B1")).expectStatus().isCreated()
                .expectBody().jsonPath("$.entryId").isEqualTo(project + "-E2"));
        // A ledger linked after the milestone still learns it.
        funding(finance, lateProject, "compound-link", Map.of("jurisdictionCode", "520523", "compoundId", compound)).expectStatus().isOk();
        eventually(() -> assertThat(milestonesRecorded(lateProject)).isEqualTo(1));

        http.post().uri("/api/admin/projections/funding-milestone-relay/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();
        eventually(() -> http.get().uri("/api/admin/projections/funding-milestone-relay").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.caughtUp").isEqualTo(true).jsonPath("$.replaying").isEqualTo(false));
        assertThat(milestonesRecorded(project)).isEqualTo(1);
        assertThat(milestonesRecorded(lateProject)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT metadata FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%FundingMilestoneRecordedEvent'", byte[].class, project))
                .asString().contains("lifecycle-milestone-relay");
    }

    private long milestonesRecorded(String project) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%FundingMilestoneRecordedEvent'", Long.class, project);
    }

    private void approvedAndContracted(LifecycleSteps steps, String compound, String office, String committee, String bureau,
                                       String builder, String finance) {
        register(office, registration(compound, "幸福里" + compound.substring(10) + "小区", 1995)).expectStatus().isCreated();
        steps.approvedScheme(office, committee, bureau);
        steps.milestone(bureau, "ENTERED_ANNUAL_PLAN", 0).expectStatus().isOk();
        steps.milestone(bureau, "DESIGN_REVIEWED", 0).expectStatus().isOk();
        steps.milestone(finance, "BUDGET_REVIEWED", 0).expectStatus().isOk();
        steps.milestone(builder, "TENDERED", 0).expectStatus().isOk();
        steps.milestone(builder, "CONTRACTED", 0).expectStatus().isOk();
    }

    private static Map<String, Object> tranche(String key) {
        return Map.of("jurisdictionCode", "520523", "source", "CENTRAL_SUBSIDY", "amount", "600.00", "recipient", "黔建集团",
                "idempotencyKey", key);
    }

    private WebTestClient.ResponseSpec funding(String token, String project, String what, Map<String, Object> body) {
        return http.post().uri("/api/projects/{id}/funding/{what}", project, what)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
