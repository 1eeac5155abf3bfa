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
 * The OpenAPI document as a contract (docs/SECURITY.md, docs/ARCHITECTURE.md): a bearer scheme that Swagger UI's
 * "Try it out" uses, a unique id on every operation, and on every API operation the bearer requirement, the error
 * codes its controller method declares ({@code @Refuses}) and, per status, a problem response listing each code it
 * can answer with an example. Names every endpoint that lacks them; and the token from the document's scheme is
 * accepted.
 */
class ApiDocumentIT extends IntegrationTest {

    private static final List<String> READ_COMMON = List.of("VALIDATION_FAILED", "AUTHENTICATION_REQUIRED", "ACCESS_DENIED",
            "SERVICE_UNAVAILABLE");
    private static final List<String> COMMAND_COMMON = List.of("VALIDATION_FAILED", "AUTHENTICATION_REQUIRED",
            "ACCESS_DENIED", "SERVICE_UNAVAILABLE", "PAYLOAD_TOO_LARGE", "RATE_LIMITED", "CONCURRENT_MODIFICATION");

    private final ObjectMapper json = new ObjectMapper();

    private static int statusOf(String code) {
        return switch (ErrorCode.valueOf(code).kind()) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case RULE_VIOLATION -> 422;
            case TOO_MANY_REQUESTS -> 429;
            case INTERNAL -> 500;
            case UNAVAILABLE -> 503;
        };
    }

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
        List<String> undeclared = new ArrayList<>();
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
                JsonNode declared = operation.path("x-refuses");
                if (!declared.isArray()) {
                    undeclared.add(name + " (" + id + ")");
                }
                List<String> expected = new ArrayList<>(command ? COMMAND_COMMON : READ_COMMON);
                declared.forEach(code -> expected.add(code.asText()));
                for (String code : expected) {
                    String status = String.valueOf(statusOf(code));
                    JsonNode content = operation.path("responses").path(status).path("content").path("application/problem+json");
                    if (!content.path("schema").path("allOf").path(1).path("properties").path("code").path("enum").toString()
                            .contains("\"" + code + "\"")) {
                        failures.add(name + ": no problem " + status + " listing " + code);
                    } else if (!content.path("examples").path(code).path("value").path("code").asText().equals(code)) {
                        failures.add(name + ": no example of " + code);
                    }
                }
            }
        }
        assertThat(undeclared).as("""
                API operations whose controller method does not declare the error codes it can answer: annotate each \
                with @Refuses({ErrorCode.…}) (org.renewalledger.kernel.common.Refuses), naming the codes its command's \
                rules, lookups and checks throw beyond those every operation answers, or @Refuses({}) if none \
                (docs/ARCHITECTURE.md, "Errors in the API document")""").isEmpty();
        assertThat(operations).as("API operations in the document").isGreaterThan(50);
        assertThat(failures).isEmpty();
        assertThat(api.at("/components/schemas/Problem422/allOf/1/properties/code/enum").toString())
                .contains("COMPOUND_NOT_ELIGIBLE");
        // the registration lists its own refusals with the README's example, and not another context's
        JsonNode registration = api.at("/paths/~1api~1compounds/post/responses/422/content/application~1problem+json");
        assertThat(registration.at("/schema/allOf/1/properties/code/enum").toString())
                .contains("COMPOUND_NOT_ELIGIBLE", "EXTENSION_CAP_REACHED").doesNotContain("TRANCHE_NOT_RELEASED");
        assertThat(registration.at("/examples/COMPOUND_NOT_ELIGIBLE/value/detail").asText()).startsWith("Built in 2005");

        // "Try it out": the scheme is a plain bearer token, as the README's curl sends it
        http.get().uri("/api/compounds?streetOffice=520523001").headers(h -> h.setBearerAuth(tokenFor("street-office")))
                .exchange().expectStatus().isOk();
    }
}
