package org.renewalledger.infra.security;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.compound.LifecycleSteps;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Least privilege over HTTP (docs/SECURITY.md): the implementing entity acts and reads only on the project the housing
 * bureau records it as contracted on, and no longer once unbound; an owners' committee acts only for the compound its
 * street office records it for.
 */
class ContractorBindingIT extends IntegrationTest {

    private static final String COUNTY = "520523";

    @Test
    void shouldLetTheImplementingEntitySpendAndReadOnlyOnTheProjectItIsContractedOn() {
        String finance = tokenFor("finance-bureau");
        String housing = tokenFor("housing-bureau");
        String builder = tokenFor("implementing-entity");
        String bound = newCompoundId();
        String unbound = newCompoundId();
        for (String compound : new String[] {bound, unbound}) {
            String project = compound + "-2026";
            funding(finance, project, "allocations", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY",
                    "amount", "1000.00", "idempotencyKey", "XD-" + compound)).expectStatus().isCreated();
            for (String milestone : new String[] {"CONSTRUCTION_STARTED", "COMPLETION_ACCEPTED", "FINAL_ACCOUNTS_SUBMITTED"}) {
                funding(housing, project, "milestones", Map.of("jurisdictionCode", COUNTY, "milestone", milestone))
                        .expectStatus().isOk();
            }
            funding(finance, project, "disbursements", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY",
                    "amount", "600.00", "recipient", "黔建集团", "idempotencyKey", "BF-" + compound)).expectStatus().isCreated();
        }
        bindContractor(bound + "-2026", bound);

        funding(builder, bound + "-2026", "expenditures", expenditure("ZC-1-" + bound)).expectStatus().isCreated();
        long before = eventsInStream(unbound + "-2026");
        funding(builder, unbound + "-2026", "expenditures", expenditure("ZC-1-" + unbound))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        org.assertj.core.api.Assertions.assertThat(eventsInStream(unbound + "-2026")).as("events of the refused project")
                .isEqualTo(before);

        // reads follow the binding too
        eventually(() -> http.get().uri("/api/projects/{p}/funding", bound + "-2026").headers(h -> h.setBearerAuth(builder))
                .exchange().expectStatus().isOk());
        eventually(() -> http.get().uri("/api/projects/{p}/funding", unbound + "-2026").headers(h -> h.setBearerAuth(builder))
                .exchange().expectStatus().isForbidden());

        // the contract ends: the housing bureau records it, and the entity acts there no more
        http.post().uri("/api/projects/{p}/contractors/implementing-entity/unbinding", bound + "-2026")
                .headers(h -> h.setBearerAuth(housing)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("jurisdictionCode", COUNTY, "reason", "合同解除")).exchange().expectStatus().isOk();
        funding(builder, bound + "-2026", "expenditures", expenditure("ZC-2-" + bound)).expectStatus().isForbidden();
    }

    @Test
    void shouldLetAnOwnersCommitteeActOnlyForTheCompoundItsStreetOfficeRecorded() {
        String office = tokenFor("street-office");
        String committee = tokenFor("owners-committee");
        String own = newCompoundId();
        String neighbour = newCompoundId();
        register(office, registration(own, "本小区", 1990)).expectStatus().isCreated();
        register(office, registration(neighbour, "邻小区", 1990)).expectStatus().isCreated();
        bindCommittee(office, own);

        new LifecycleSteps(http, own).selfGovernance(committee).expectStatus().isOk();
        new LifecycleSteps(http, neighbour).selfGovernance(committee)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        // another street office cannot record a committee for the compound
        http.post().uri("/api/compounds/{c}/owners-committee", own).headers(h -> h.setBearerAuth(tokenFor("street-office-2")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("streetOffice", "520523002", "committeeId", "owners-committee-x"))
                .exchange().expectStatus().isForbidden();
    }

    private static Map<String, Object> expenditure(String key) {
        return Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", "100.00", "payee", "鑫达建筑",
                "purpose", "外墙保温", "idempotencyKey", key);
    }

    private WebTestClient.ResponseSpec funding(String token, String project, String what, Map<String, Object> body) {
        return http.post().uri("/api/projects/{id}/funding/{what}", project, what)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
