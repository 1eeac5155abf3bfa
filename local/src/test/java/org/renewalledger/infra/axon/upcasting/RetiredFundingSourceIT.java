package org.renewalledger.infra.axon.upcasting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.compound.LifecycleSteps;
import org.springframework.http.MediaType;

/**
 * A scheme stored with the funding plan's retired source names (revision 1, as an earlier build wrote it) is read by
 * today's code through the application's upcaster chain: the aggregate, sourced from it, takes the next step, and the
 * timeline shows it.
 */
class RetiredFundingSourceIT extends IntegrationTest {

    private static final String META_DATA = "{\"actorId\":\"street-office-2\",\"actorRole\":\"STREET_OFFICE\","
            + "\"actorJurisdiction\":\"520523002\",\"correlationId\":\"retired-sources\",\"causationId\":\"retired-sources\"}";

    @Test
    void shouldContinueACompoundWhoseSchemeNamesRetiredSources() throws IOException {
        String id = "520523002-r" + UUID.randomUUID().toString().substring(0, 6);
        store(id, 0, "compound-registered-rev0.json", "520523002-017", CompoundRegisteredPilotUpcaster.PAYLOAD_TYPE, "0");
        store(id, 1, "scheme-submitted-rev1.json", "520523001-001", SchemeSubmittedFundingSourceUpcaster.PAYLOAD_TYPE, "1");

        String token = tokenFor("street-office-2");
        http.post().uri("/api/compounds/{id}/notice", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startsOn", "2025-09-29", "backdatingReason", LifecycleSteps.LATE,
                        "attachments", java.util.List.of(LifecycleSteps.uploadPhoto(http, token))))
                .exchange()
                .expectStatus().isOk();

        eventually(() -> http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries.length()").isEqualTo(3)
                .jsonPath("$.entries[1].event").isEqualTo("SchemeSubmitted")
                .jsonPath("$.entries[2].event").isEqualTo("NoticePublished"));
    }

    private void store(String id, long sequence, String fixture, String fixtureId, String type, String revision) throws IOException {
        String payload = new String(getClass().getResourceAsStream("/upcasting/" + fixture).readAllBytes(), StandardCharsets.UTF_8)
                .replace(fixtureId, id);
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                        + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Compound', ?, ?, ?, ?, ?, ?)",
                id, sequence, UUID.randomUUID().toString(), META_DATA.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), revision, type, "2025-09-0" + (sequence + 1) + "T02:00:00Z");
    }
}
