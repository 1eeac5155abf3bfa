package org.renewalledger.infra.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/**
 * A corpus of malformed and hostile requests against every endpoint in the OpenAPI document. Every one
 * must be answered without a 5xx, malformed commands with a 4xx problem, and none may change state.
 */
class HostileInputIT extends IntegrationTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1", "x'; DROP TABLE domainevententry; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../../etc/passwd", "a".repeat(10_000), "\u0000", "\uD800", "名\u202E字", "%00", "NaN", "-1",
            "99999999999999999999999999", "");
    private static final List<JsonNode> HOSTILE_VALUES = List.of(
            NODES.textNode("' OR 1=1 --"), NODES.textNode("<img src=x onerror=alert(1)>"), NODES.textNode("x".repeat(100_000)),
            NODES.textNode("\u0000\u0007"), NODES.textNode("\uD800"),
            NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(new java.math.BigInteger("9".repeat(40))),
            NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(), NODES.nullNode());

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void shouldAnswerEveryHostileRequestWithoutA5xxAndWithoutChangingState() throws Exception {
        JsonNode api = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        assertThat(api.path("paths").size()).as("operations in the OpenAPI document").isGreaterThan(3);
        JsonNode validBodies = json.readTree(resource("/hostile/valid-requests.json"));
        String admin = tokenFor("administrator");
        assertEveryExampleIsAccepted(validBodies, admin);
        long eventsBefore = events();

        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                String template = path.getKey();
                if (!template.startsWith("/api/") || template.contains("/replay") || template.contains("/retry")) {
                    continue; // operator actions change derived state on purpose; their inputs are names only
                }
                attackPathAndQuery(method, template, operation.getValue(), admin);
                if (operation.getValue().has("requestBody")) {
                    String key = method + " " + template;
                    assertThat(validBodies.has(key)).as("valid example for %s in hostile/valid-requests.json", key).isTrue();
                    attackBody(method, template, (ObjectNode) validBodies.get(key), enumFields(api, operation.getValue()), admin);
                }
            }
        }

        assertThat(failures).as("of %d hostile requests", requests).isEmpty();
        assertThat(events()).as("events stored by hostile requests").isEqualTo(eventsBefore);
        assertThat(requests).isGreaterThan(100);
    }

    /** A hostile variant only proves something if the example it mutates is itself accepted. */
    private void assertEveryExampleIsAccepted(JsonNode validBodies, String token) throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> examples = validBodies.fields(); examples.hasNext(); ) {
            Map.Entry<String, JsonNode> example = examples.next();
            if (example.getKey().startsWith("_")) {
                continue;
            }
            String[] methodAndPath = example.getKey().split(" ", 2);
            HttpResponse<String> response = send(methodAndPath[0], methodAndPath[1],
                    json.writeValueAsBytes(fresh((ObjectNode) example.getValue())), token);
            assertThat(response.statusCode()).as("%s with its valid example: %s", example.getKey(), response.body())
                    .isBetween(200, 299);
        }
    }

    private void attackPathAndQuery(String method, String template, JsonNode operation, String token) throws Exception {
        for (String hostile : HOSTILE_TEXT) {
            String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
            String path = template.replaceAll("\\{[^}]+}", encoded);
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : operation.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=').append(encoded);
                }
            }
            if (!template.contains("{") && query.isEmpty()) {
                continue;
            }
            expectNoServerError(method, path + query, "GET".equals(method) ? null : "{}", token, false);
            expectNoServerError(method, path + query, "GET".equals(method) ? null : "{}", null, false);
        }
    }

    private void attackBody(String method, String path, ObjectNode valid, List<String> enumFields, String token)
            throws Exception {
        List<String> malformed = List.of("{", "[]", "\"text\"", "null", "{}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001), "{\"" + "k".repeat(3_000_000) + "\":1}");
        for (String body : malformed) {
            expectNoServerError(method, path, body, token, true);
        }
        byte[] invalidUtf8 = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
        expectNoServerError(method, path, invalidUtf8, token, true);
        for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            for (JsonNode hostile : HOSTILE_VALUES) {
                ObjectNode body = fresh(valid);
                body.set(field, hostile);
                expectNoServerError(method, path, json.writeValueAsString(body), token, true);
            }
            ObjectNode missing = fresh(valid);
            missing.remove(field);
            expectNoServerError(method, path, json.writeValueAsString(missing), token, true);
        }
        for (String field : enumFields) {
            ObjectNode body = fresh(valid);
            body.put(field, "NOT_A_KNOWN_VALUE");
            expectNoServerError(method, path, json.writeValueAsString(body), token, true);
        }
        ObjectNode extra = fresh(valid);
        extra.put("unexpectedField", "x");
        expectNoServerError(method, path, json.writeValueAsString(extra), token, true);
        expectNoServerError(method, path, json.writeValueAsString(fresh(valid)), null, false); // no token
    }

    /** The request body's fields that the OpenAPI schema declares as enums. */
    private static List<String> enumFields(JsonNode api, JsonNode operation) {
        String ref = operation.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
        JsonNode schema = api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        List<String> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            if (p.getValue().has("enum")) {
                fields.add(p.getKey());
            }
        });
        return fields;
    }

    /** The valid example with {id} replaced by a code no one has used, so a refusal is never a duplicate. */
    private ObjectNode fresh(ObjectNode valid) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return (ObjectNode) json.readTree(json.writeValueAsString(valid).replace("{id}", unique));
    }

    private void expectNoServerError(String method, String path, String body, String token, boolean mustBeProblem)
            throws Exception {
        expectNoServerError(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), token, mustBeProblem);
    }

    private void expectNoServerError(String method, String path, byte[] body, String token, boolean mustBeProblem)
            throws Exception {
        requests++;
        String request = method + " " + abbreviate(path) + " body="
                + abbreviate(body == null ? null : new String(body, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = send(method, path, body, token);
        } catch (java.io.IOException e) {
            failures.add(request + " -> no answer: " + e);
            return;
        }
        String shown = request + " -> " + response.statusCode();
        if (response.statusCode() >= 500) {
            failures.add(shown + " " + abbreviate(response.body()));
        } else if (mustBeProblem && (response.statusCode() < 400
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))) {
            failures.add(shown + " (expected a 4xx problem)");
        } else if (response.body().contains("Exception") || response.body().contains("\tat ")) {
            failures.add(shown + " leaks internals: " + abbreviate(response.body()));
        }
    }

    private HttpResponse<String> send(String method, String path, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }

    private static InputStream resource(String name) {
        return HostileInputIT.class.getResourceAsStream(name);
    }
}
