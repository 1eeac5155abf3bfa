package org.renewalledger.infra.axon.upcasting;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.MediaType;

/**
 * An event stored in the pilot's shape, as a pilot database would hold it, is read by today's code: the
 * read model shows it and the aggregate, sourced from it, takes the next step of the lifecycle.
 */
class PilotEventIT extends IntegrationTest {

    @Test
    void shouldServeAndContinueACompoundRegisteredByThePilot() throws Exception {
        String id = "520523002-p" + UUID.randomUUID().toString().substring(0, 6);
        String payload = new String(getClass().getResourceAsStream("/upcasting/compound-registered-rev0.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("520523002-017", id);
        String metaData = "{\"actorId\":\"pilot-import\",\"actorRole\":\"STREET_OFFICE\",\"actorJurisdiction\":\"520523002\","
                + "\"correlationId\":\"pilot-migration\",\"causationId\":\"pilot-migration\"}";
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                        + "payloadrevision, payloadtype, timestamp) VALUES (?, 0, 'Compound', ?, ?, ?, '0', ?, '2021-03-02T02:00:00Z')",
                id, UUID.randomUUID().toString(), metaData.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                CompoundRegisteredPilotUpcaster.PAYLOAD_TYPE);

        String token = tokenFor("street-office-2");
        eventually(() -> http.get().uri("/api/compounds/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("红旗新村")
                .jsonPath("$.floorArea").isEqualTo(7420.35)
                .jsonPath("$.registeredBy").isEqualTo("pilot-import"));

        http.post().uri("/api/compounds/{id}/wishes-survey", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("households", 96, "inFavour", 80, "surveyedOn", "2025-06-03",
                        "backdatingReason", "补录历史材料（测试）"))
                .exchange()
                .expectStatus().is2xxSuccessful();
    }
}
