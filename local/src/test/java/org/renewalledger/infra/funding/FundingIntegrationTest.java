package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Requests and readings shared by the funding integration tests. */
abstract class FundingIntegrationTest extends IntegrationTest {

    static final String COUNTY = "520523";
    static final String CONTRACTOR = "黔建集团";

    final ObjectMapper json = new ObjectMapper();

    /** A project code no other test uses. */
    static String newProjectId() {
        return "520523001-" + UUID.randomUUID().toString().substring(0, 8) + "-2026";
    }

    static Map<String, Object> allocation(String source, String amount, String key) {
        return Map.of("jurisdictionCode", COUNTY, "source", source, "amount", amount, "idempotencyKey", key);
    }

    static Map<String, Object> disbursement(String source, String amount, String key) {
        return Map.of("jurisdictionCode", COUNTY, "source", source, "amount", amount, "recipient", CONTRACTOR,
                "idempotencyKey", key);
    }

    WebTestClient.ResponseSpec post(String token, String projectId, String what, Map<String, Object> body) {
        return http.post().uri("/api/projects/{id}/funding/{what}", projectId, what)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** Records every milestone, so that the whole allocation is released. */
    void completeProject(String projectId) {
        String housing = tokenFor("housing-bureau");
        for (String milestone : new String[] {"CONSTRUCTION_STARTED", "COMPLETION_ACCEPTED", "FINAL_ACCOUNTS_SUBMITTED"}) {
            post(housing, projectId, "milestones", Map.of("jurisdictionCode", COUNTY, "milestone", milestone))
                    .expectStatus().isOk();
        }
    }

    /** The processor of {@code group} runs, is not replaying, and has reached the store's head. */
    void assertCaughtUp(String group, String adminToken) {
        JsonNode status = getJson(adminToken, "/api/admin/projections/{group}", group);
        assertThat(status.path("running").asBoolean()).as("running").isTrue();
        assertThat(status.path("replaying").asBoolean()).as("replaying").isFalse();
        assertThat(status.path("caughtUp").asBoolean()).as("caught up").isTrue();
        assertThat(status.path("position").asLong()).as("position").isGreaterThanOrEqualTo(status.path("head").asLong());
    }

    JsonNode getJson(String token, String uri, Object... variables) {
        String body = http.get().uri(uri, variables).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return parse(body);
    }

    JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
