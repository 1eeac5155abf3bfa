package org.renewalledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.compound.LifecycleSteps;
import org.springframework.http.MediaType;

/**
 * Residents' names and masked phones (docs/SECURITY.md): read only by the street office that collects the votes and
 * by auditors, each read stating its purpose and logged (who read, whose data, why), the log queryable by auditors.
 */
class PersonalDataReadIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldLogEveryReadOfResidentsNames_andRefuseEveryoneButTheCollectingStreetOfficeAndAuditors() throws Exception {
        String streetOffice = tokenFor("street-office");
        String auditor = tokenFor("auditor");
        String compound = newCompoundId();
        register(streetOffice, registration(compound, "名册小区", 1993)).expectStatus().isCreated();
        http.post().uri("/api/compounds/{c}/roster", compound).headers(h -> h.setBearerAuth(streetOffice))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("units", List.of(LifecycleSteps.unit("1-1-101", "90.00"))))
                .exchange().expectStatus().is2xxSuccessful();
        http.post().uri("/api/compounds/{c}/consent/APPLICATION", compound).headers(h -> h.setBearerAuth(streetOffice))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("owner", "1-1-101", "exclusiveArea", "90.00", "choice", "AGREE", "channel", "PAPER_FORM",
                        "ownerName", "周玉芬", "phone", "13812345678"))
                .exchange().expectStatus().is2xxSuccessful();
        String votes = "/api/compounds/" + compound + "/consent/APPLICATION/votes";
        String correlation = "pd-" + UUID.randomUUID();

        // the street office that collects the votes reads them, saying why (until the read model has the vote): each
        // read is logged
        eventually(() -> assertThat(http.get().uri(votes + "?purpose=door-to-door-check")
                .headers(h -> h.setBearerAuth(streetOffice)).header("X-Correlation-Id", correlation).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).contains("周玉芬"));
        // a purpose may come as a header too; an auditor reads as well
        http.get().uri(votes).headers(h -> h.setBearerAuth(auditor)).header("X-Purpose", "audit-sample").exchange()
                .expectStatus().isOk();
        long logged = jdbc.queryForObject("SELECT count(*) FROM personal_data_read WHERE compound_id = ?", Long.class, compound);

        // no purpose: refused, nothing shown
        http.get().uri(votes).headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("purpose")
                .jsonPath("$.code").isEqualTo("PURPOSE_REQUIRED");
        // every other role, inside the jurisdiction: refused, whatever the purpose
        for (String other : List.of(tokenFor("housing-bureau"), tokenFor("implementing-entity"), tokenFor("utility-company"),
                tokenFor("discipline-office"), tokenFor("finance-bureau"), tokenFor("owners-committee"))) {
            http.get().uri(votes + "?purpose=curious").headers(h -> h.setBearerAuth(other)).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        }
        // another street office: refused
        http.get().uri(votes + "?purpose=curious").headers(h -> h.setBearerAuth(tokenFor("street-office-2"))).exchange()
                .expectStatus().isForbidden();

        // the log: who read whose data, when and why, newest first; the refused reads left no row
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_read WHERE compound_id = ?", Long.class, compound))
                .as("rows after the refused reads").isEqualTo(logged);
        JsonNode log = json.readTree(http.get().uri("/api/personal-data-reads?within=520523001&compoundId=" + compound)
                .headers(h -> h.setBearerAuth(auditor)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(log).hasSize((int) logged);
        assertThat(log.get(0).path("actorId").asText()).isEqualTo("auditor");
        assertThat(log.get(0).path("actorRole").asText()).isEqualTo("AUDITOR");
        assertThat(log.get(0).path("purpose").asText()).isEqualTo("audit-sample");
        JsonNode streetRead = log.get(1);
        assertThat(streetRead.path("actorId").asText()).isEqualTo("street-office");
        assertThat(streetRead.path("actorRole").asText()).isEqualTo("STREET_OFFICE");
        assertThat(streetRead.path("actorJurisdiction").asText()).isEqualTo("520523001");
        assertThat(streetRead.path("compoundId").asText()).isEqualTo(compound);
        assertThat(streetRead.path("subject").asText()).isEqualTo("consent votes APPLICATION");
        assertThat(streetRead.path("purpose").asText()).isEqualTo("door-to-door-check");
        assertThat(streetRead.path("correlationId").asText()).isEqualTo(correlation);
        assertThat(streetRead.path("readAt").asText()).isNotBlank();
        // the log is for oversight: the street office does not read it
        http.get().uri("/api/personal-data-reads?within=520523001").headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isForbidden();
    }
}
