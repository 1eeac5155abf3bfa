package org.renewalledger.infra.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.CorpusPeriod;
import org.renewalledger.infra.IntegrationTest;

/**
 * A corpus of malformed and hostile requests against every endpoint of the OpenAPI document. Nothing may
 * answer with a 5xx or leak internals; every hostile command body must be refused with a 4xx problem and
 * store nothing. Command bodies are attacked along the happy path of {@code hostile/valid-requests.json}:
 * each step's hostile variants are sent where the valid request itself would succeed (and then it does),
 * so a refusal is owed to the hostile field, not to a missing precondition.
 */
class HostileInputIT extends IntegrationTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1", "x'; DROP TABLE domainevententry; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../../etc/passwd", "a".repeat(10_000), "\u0000", "\uD800", "名\u202E字", "%00", "NaN", "-1",
            "99999999999999999999999999", "");
    /** Values no field of any command accepts. */
    private static final List<JsonNode> HOSTILE_VALUES = List.of(
            NODES.textNode("' OR 1=1 --"), NODES.textNode("<img src=x onerror=alert(1)>"), NODES.textNode("${jndi:ldap://x/a}"),
            NODES.textNode("x".repeat(100_000)), NODES.textNode("\u0000\u0007"), NODES.textNode("\uD800"),
            NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new BigDecimal("1e400")),
            NODES.numberNode(new BigInteger("9".repeat(40))), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
            NODES.nullNode());
    private static final List<String> MALFORMED_BODIES = List.of("{", "[]", "\"text\"", "null", "{} {}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001),
            "{\"" + "k".repeat(3_000_000) + "\":1}");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> captured = new HashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private boolean probing;
    private CorpusPeriod period; // taken when a step first needs one
    /**
     * Every hostile request carries this correlation id, and "stored nothing" counts only events that carry it:
     * event handlers that send commands of their own (the escalation ladder after a close, the milestone relay)
     * may write while the variants of a later step are tried, and that is not a hostile request's doing.
     */
    private final String hostileCorrelation = "hostile-" + run;
    private String correlation = hostileCorrelation;

    @Test
    void shouldAnswerEveryHostileRequestWithoutA5xxAndWithoutChangingState() throws Exception {
        JsonNode api = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        assertThat(api.path("paths").size()).as("operations in the OpenAPI document").isGreaterThan(20);
        JsonNode steps = json.readTree(getClass().getResourceAsStream("/hostile/valid-requests.json")).path("steps");

        Set<String> withBody = operationsWithRequestBody(api);
        Set<String> walked = new HashSet<>();
        for (JsonNode step : steps) {
            walked.add(step.path("operation").asText());
            walk(step, withBody.contains(step.path("operation").asText()));
        }
        for (String operation : commandOperations(api)) {
            assertThat(walked).as("a step for %s in hostile/valid-requests.json", operation).contains(operation);
        }

        long eventsBefore = events();
        probePathsAndQueries(api);
        assertThat(events()).as("events stored by hostile paths and queries").isEqualTo(eventsBefore);
        assertThat(failures).as("of %d hostile requests", requests).isEmpty();
        System.out.printf("Hostile input: %d requests over %d operations, none answered 5xx%n", requests, walked.size());
    }

    /** Issue 24: what a newcomer ran into, each now a problem that names what was wrong. */
    @Test
    void shouldAnswerTheRoughEdgesANewcomerFoundWithProblems() throws Exception {
        String token = token("street-office");
        String compound = newCompoundId();
        register(token, registration(compound, "粗糙边缘小区", 1995)).expectStatus().isCreated();

        HttpResponse<String> dotDot = send("GET", "/api/compounds/%2E%2E%2F" + compound, null, token);
        assertThat(dotDot.statusCode()).as("an encoded .. in the path").isEqualTo(400);
        assertThat(dotDot.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(dotDot.body()).path("detail").asText()).contains("..");

        HttpResponse<String> longQuery = send("GET", "/api/compounds/search?q=" + "a".repeat(5_000), null, token);
        assertThat(longQuery.statusCode()).as("a 5,000-character search query").isNotEqualTo(414).isLessThan(500);
        if (longQuery.statusCode() >= 400) {
            assertThat(longQuery.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }

        byte[] vote = json.writeValueAsBytes(java.util.Map.of("owner", "1-1-1", "exclusiveArea", "10.005",
                "choice", "AGREE", "channel", "PAPER_FORM"));
        HttpResponse<String> badArea = send("POST", "/api/compounds/" + compound + "/consent/SCHEME", vote, token);
        assertThat(badArea.statusCode()).as("a vote with a malformed exclusiveArea").isEqualTo(400);
        assertThat(json.readTree(badArea.body()).path("field").asText()).isEqualTo("exclusiveArea");

        java.util.Map<String, Object> withTypo = new java.util.HashMap<>(registration(newCompoundId(), "多字段小区", 1995));
        withTypo.put("colour", "red");
        HttpResponse<String> unknown = send("POST", "/api/compounds", json.writeValueAsBytes(withTypo), token);
        assertThat(unknown.statusCode()).as("an unknown JSON field").isEqualTo(400);
        JsonNode problem = json.readTree(unknown.body());
        assertThat(problem.path("field").asText()).isEqualTo("colour");
        assertThat(problem.path("detail").asText()).startsWith("Unknown field colour");
    }

    /**
     * One step of the happy path: its hostile variants are refused and store nothing; then it succeeds.
     * Commands without a request body (closing a count, approving) are attacked only without a token.
     */
    private void walk(JsonNode step, boolean takesBody) throws Exception {
        if (step.has("multipart")) { // file uploads (survey import)
            walkUpload(step);
            return;
        }
        String method = step.path("operation").asText().split(" ")[0];
        String path = fill(step.path("path").asText());
        String token = token(step.path("user").asText());
        if (step.path("mutate").asBoolean(true) && !takesBody) {
            long before = events();
            expectRefusal(method, path, null, null);
            assertThat(failures).as("%s %s without a token", method, path).isEmpty();
            assertThat(events()).as("events stored by %s without a token", path).isEqualTo(before);
        } else if (step.path("mutate").asBoolean(true)) {
            long before = events();
            for (String body : MALFORMED_BODIES) {
                expectRefusal(method, path, body.getBytes(StandardCharsets.UTF_8), token);
            }
            expectRefusal(method, path, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, token);
            ObjectNode valid = (ObjectNode) step.path("body");
            Set<String> optional = new HashSet<>();
            step.path("optional").forEach(field -> optional.add(field.asText()));
            for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                for (JsonNode hostile : HOSTILE_VALUES) {
                    boolean sameContainer = hostile.isContainerNode() && hostile.getNodeType() == valid.get(field).getNodeType();
                    // null is how an optional field is left out; an empty list is a list
                    if (!(hostile.isNull() && optional.contains(field)) && !sameContainer) {
                        expectRefusal(method, path, with(valid, field, hostile), token);
                    }
                }
            }
            for (JsonNode field : step.path("enums")) {
                expectRefusal(method, path, with(valid, field.asText(), NODES.textNode("NOT_A_KNOWN_VALUE")), token);
            }
            ObjectNode extra = body(valid);
            extra.put("unexpectedField", "x");
            expectRefusal(method, path, json.writeValueAsBytes(extra), token);
            expectRefusal(method, path, json.writeValueAsBytes(body(valid)), null); // no token
            assertThat(failures).as("hostile variants of %s %s", method, path).isEmpty();
            assertThat(events()).as("events stored by hostile variants of %s", path).isEqualTo(before);
        }
        correlation = "valid-" + UUID.randomUUID();
        HttpResponse<String> accepted = send(method, path, json.writeValueAsBytes(body((ObjectNode) step.path("body"))), token);
        // a step that reads a read model (closing a month reads the live assessment) waits for it to catch up
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (step.path("awaitsReadModel").asBoolean(false) && accepted.statusCode() == 422 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            accepted = send(method, path, json.writeValueAsBytes(body((ObjectNode) step.path("body"))), token);
        }
        correlation = hostileCorrelation;
        assertThat(accepted.statusCode()).as("%s %s with its valid body: %s", method, path, accepted.body()).isBetween(200, 299);
        for (Iterator<Map.Entry<String, JsonNode>> captures = step.path("capture").fields(); captures.hasNext(); ) {
            Map.Entry<String, JsonNode> capture = captures.next();
            captured.put(capture.getKey(), json.readTree(accepted.body()).path(capture.getValue().asText()).asText());
        }
    }

    /**
     * A file upload step (survey import, docs/IMPORT.md): JSON bodies, hostile files and a missing token are refused
     * with a 4xx problem; hostile text in any cell of an otherwise valid file is a rejected row (200, a report)
     * that stores nothing; then the step's file is accepted.
     */
    private void walkUpload(JsonNode step) throws Exception {
        String path = fill(step.path("path").asText());
        String token = token(step.path("user").asText());
        List<String> lines = new ArrayList<>();
        step.path("multipart").path("lines").forEach(line -> lines.add(line.asText()));
        String fileName = step.path("multipart").path("fileName").asText();
        long before = events();
        for (String body : MALFORMED_BODIES) {
            expectRefusal("POST", path, body.getBytes(StandardCharsets.UTF_8), token);
        }
        for (String hostile : HOSTILE_TEXT) {
            expectUploadAnswer(path, hostile.getBytes(StandardCharsets.UTF_8), fileName, token, true);
        }
        expectUploadAnswer(path, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00}, fileName, token, true);
        expectUploadAnswer(path, fill(String.join("\n", lines)).getBytes(StandardCharsets.UTF_8), fileName, null, true);
        // evidence (a photo or scan, not a sheet): any file that is no JPEG, PNG or PDF by its bytes is refused whole
        String[] cells = step.path("multipart").path("evidence").asBoolean(false) ? new String[0] : lines.get(1).split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            for (JsonNode value : HOSTILE_VALUES) {
                if (!value.isTextual() || value.asText().equals("\uD800")) {
                    continue; // a file holds text; a lone surrogate cannot be written in UTF-8 at all
                }
                String hostile = value.asText();
                String[] row = cells.clone();
                row[i] = "\"" + hostile.replace("\"", "\"\"") + "\"";
                expectUploadAnswer(path, fill(lines.get(0) + "\n" + String.join(",", row)).getBytes(StandardCharsets.UTF_8),
                        fileName, token, false);
            }
        }
        assertThat(failures).as("hostile uploads to %s", path).isEmpty();
        assertThat(events()).as("events stored by hostile uploads to %s", path).isEqualTo(before);
        correlation = "valid-" + UUID.randomUUID();
        HttpResponse<String> accepted = upload(path, fill(String.join("\n", lines)).getBytes(StandardCharsets.UTF_8), fileName, token);
        correlation = hostileCorrelation;
        assertThat(accepted.statusCode()).as("%s with its valid file: %s", path, accepted.body()).isBetween(200, 299);
        assertThat(json.readTree(accepted.body()).path("rejected").asInt()).as("rejected rows of the valid file").isZero();
        for (Iterator<Map.Entry<String, JsonNode>> captures = step.path("capture").fields(); captures.hasNext(); ) {
            Map.Entry<String, JsonNode> capture = captures.next();
            captured.put(capture.getKey(), json.readTree(accepted.body()).path(capture.getValue().asText()).asText());
        }
    }

    /** A refused file is a 4xx problem; a file whose rows are refused is a 200 report that stores nothing. */
    private void expectUploadAnswer(String path, byte[] file, String fileName, String token, boolean refused) throws Exception {
        requests++;
        String what = "upload to " + path + " of " + abbreviate(new String(file, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = upload(path, file, fileName, token);
        } catch (java.net.http.HttpTimeoutException e) {
            failures.add(what + (token == null ? " without a token" : "") + ": no answer in 30 s");
            return;
        }
        if (response.body().contains("Exception") || response.body().contains("\tat ")) {
            failures.add(what + " leaks internals: " + abbreviate(response.body()));
        }
        boolean problem = response.statusCode() >= 400 && response.statusCode() < 500
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        boolean report = response.statusCode() == 200 && json.readTree(response.body()).path("registered").asInt(-1) == 0;
        if (refused ? !problem : !(problem || report)) {
            failures.add(what + " -> " + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    private HttpResponse<String> upload(String path, byte[] file, String fileName, String token) throws Exception {
        String boundary = "hostile" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("X-Correlation-Id", correlation)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Hostile values in every path and query parameter of every operation, GETs included. */
    private void probePathsAndQueries(JsonNode api) throws Exception {
        String admin = token("administrator");
        probing = true;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String template = path.getKey();
                String method = operation.getKey().toUpperCase();
                if (!template.startsWith("/api/") || template.contains("/replay") || template.contains("/retry")) {
                    continue; // operator actions rebuild derived data on purpose; their only input is a name
                }
                for (String hostile : HOSTILE_TEXT) {
                    String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
                    StringBuilder query = new StringBuilder();
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        if ("query".equals(parameter.path("in").asText())) {
                            query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asText()).append('=').append(encoded);
                        }
                    }
                    if (!template.contains("{") && query.isEmpty()) {
                        continue;
                    }
                    byte[] body = "GET".equals(method) ? null : "{}".getBytes(StandardCharsets.UTF_8);
                    expectNoServerError(method, template.replaceAll("\\{[^}]+}", encoded) + query, body, admin);
                }
            }
        }
    }

    private static Set<String> operationsWithRequestBody(JsonNode api) {
        Set<String> operations = new HashSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().has("requestBody")) {
                operations.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    private static List<String> commandOperations(JsonNode api) {
        List<String> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase();
            if (path.getKey().startsWith("/api/") && !path.getKey().startsWith("/api/admin/")
                    && (method.equals("POST") || method.equals("PUT"))) {
                operations.add(method + " " + path.getKey());
            }
        }));
        return operations;
    }

    private void expectRefusal(String method, String path, byte[] body, String token) throws Exception {
        HttpResponse<String> response = answer(method, path, body, token);
        if (response != null && (response.statusCode() < 400 || response.statusCode() >= 500
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))) {
            failures.add(describe(method, path, body) + " -> " + response.statusCode() + " (expected a 4xx problem) "
                    + abbreviate(response.body()));
        }
    }

    private void expectNoServerError(String method, String path, byte[] body, String token) throws Exception {
        HttpResponse<String> response = answer(method, path, body, token);
        if (response != null && response.statusCode() >= 500) {
            failures.add(describe(method, path, body) + " -> " + response.statusCode() + " " + abbreviate(response.body()));
        }
    }

    /** The answer, after checking it leaks nothing; null (and a failure) when none came. */
    private HttpResponse<String> answer(String method, String path, byte[] body, String token) throws Exception {
        requests++;
        HttpResponse<String> response;
        try {
            response = send(method, path, body, token);
        } catch (IOException e) {
            failures.add(describe(method, path, body) + " -> no answer: " + e);
            return null;
        }
        if (response.body().contains("Exception") || response.body().contains("\tat ")) {
            failures.add(describe(method, path, body) + " leaks internals: " + abbreviate(response.body()));
        }
        return response;
    }

    private HttpResponse<String> send(String method, String path, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("X-Correlation-Id", correlation);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        // The server rightly closes a connection after some malformed requests (an over-long request line, a
        // bad escape); a pooled client may then reuse the closed connection and wait out its timeout. Probes
        // of paths and queries therefore each get a connection of their own.
        HttpClient sender = probing ? HttpClient.newHttpClient() : client;
        return sender.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] with(ObjectNode valid, String field, JsonNode value) throws Exception {
        ObjectNode body = body(valid);
        body.set(field, value);
        return json.writeValueAsBytes(body);
    }

    /** The step's body with its placeholders filled; {key} is fresh on every call. */
    private ObjectNode body(ObjectNode template) throws Exception {
        return (ObjectNode) json.readTree(fill(json.writeValueAsString(template)));
    }

    private String fill(String text) {
        if (period == null && CorpusPeriod.wanted(text)) {
            period = CorpusPeriod.next();
        }
        String filled = period == null ? text.replace("{run}", run) : period.fill(text).replace("{run}", run);
        while (filled.contains("{key}")) {
            filled = filled.replaceFirst("\\{key}", UUID.randomUUID().toString().substring(0, 8));
        }
        for (Map.Entry<String, String> value : captured.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, this::tokenFor);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE position(? IN metadata) > 0", Long.class,
                (Object) hostileCorrelation.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(String method, String path, byte[] body) {
        return method + " " + abbreviate(path) + " body=" + abbreviate(body == null ? null : new String(body, StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
