package org.renewalledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * The OpenAPI document as a contract (docs/SECURITY.md): a bearer scheme that Swagger UI's "Try it out" uses, a
 * unique id on every operation, and on every API operation the bearer requirement and problem responses naming
 * their error codes. Fails for any endpoint that lacks them; and the token from the document's scheme is accepted.
 */
class ApiDocumentIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldDocumentTheBearerSchemeOperationIdsAndEveryApiOperationsProblems() throws Exception {
        JsonNode api = json.readTree(http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        JsonNode bearer = api.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        JsonNode problem = api.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").path("code").path("enum")).hasSize(ErrorCode.values().length);

        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                String id = operation.path("operationId").asText("");
                if (id.isBlank() || !ids.add(id)) {
                    failures.add(name + ": no or a duplicate operationId (" + id + ")");
                }
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                operations++;
                if (!operation.path("security").toString().contains("\"bearer\"")) {
                    failures.add(name + ": no bearer security requirement");
                }
                boolean command = !method.getKey().equals("get");
                for (String status : command ? List.of("400", "401", "403", "404", "409", "422", "429", "503")
                        : List.of("400", "401", "403", "404", "429", "503")) {
                    JsonNode response = operation.path("responses").path(status);
                    String schema = response.path("content").path("application/problem+json").path("schema")
                            .path("$ref").asText("");
                    JsonNode codes = api.at("/components/schemas/" + schema.replace("#/components/schemas/", "")
                            + "/allOf/1/properties/code/enum");
                    if (schema.isEmpty() || codes.isEmpty()) {
                        failures.add(name + ": no problem with error codes for " + status);
                    }
                }
            }
        }
        assertThat(operations).as("API operations in the document").isGreaterThan(50);
        assertThat(failures).isEmpty();
        assertThat(api.at("/components/schemas/Problem422/allOf/1/properties/code/enum").toString())
                .contains("COMPOUND_NOT_ELIGIBLE");

        // "Try it out": the scheme is a plain bearer token, as the README's curl sends it
        http.get().uri("/api/compounds?streetOffice=520523001").headers(h -> h.setBearerAuth(tokenFor("street-office")))
                .exchange().expectStatus().isOk();
    }
}
