package org.renewalledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/**
 * Health (docs/SECURITY.md): anyone may ask whether the service is up, but which servers it uses and how they fare
 * is for administrators only.
 */
class HealthDetailsIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldShowTheStatusToAnyoneAndTheComponentsOnlyToAnAdministrator() throws Exception {
        JsonNode anonymous = health(null);
        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as("components without a token").isFalse();

        JsonNode streetOffice = health(tokenFor("street-office"));
        assertThat(streetOffice.path("status").asText()).isEqualTo("UP");
        assertThat(streetOffice.has("components")).as("components for a street office").isFalse();

        JsonNode administrator = health(tokenFor("administrator"));
        assertThat(administrator.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(administrator.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
    }

    private JsonNode health(String token) throws Exception {
        String body = http.get().uri("/actuator/health").headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                }).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }
}
