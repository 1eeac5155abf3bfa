package org.renewalledger.infra.security;

import org.renewalledger.infra.CorpusPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The happy path of {@code hostile/valid-requests.json} (every command endpoint, in order), replayed in
 * worlds of its own: each {@link World} fills {run} with its own id, so its compound and project are new.
 */
final class Corpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> steps = new ArrayList<>();
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Corpus(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            JSON.readTree(Corpus.class.getResourceAsStream("/hostile/valid-requests.json")).path("steps").forEach(steps::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    World world() {
        return new World();
    }

    static String method(JsonNode step) {
        return step.path("operation").asText().split(" ")[0];
    }

    static String user(JsonNode step) {
        return step.path("user").asText();
    }

    /** One run through the corpus: its own {run}, and the values its earlier steps captured. */
    final class World {

        final String run = UUID.randomUUID().toString().substring(0, 8);
        private final Map<String, String> captured = new HashMap<>();
        private CorpusPeriod period; // taken when a step first needs one

        String path(JsonNode step) {
            return fill(step.path("path").asText());
        }

        String body(JsonNode step) {
            if (step.has("multipart")) { // a file upload: its JSON body is empty, the file is sent apart
                return "{}";
            }
            try {
                return fill(JSON.writeValueAsString(step.path("body")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends the step's valid request; keeps what it captures when it succeeds. */
        HttpResponse<String> send(JsonNode step, String token, String correlationId) {
            HttpResponse<String> response;
            if (step.has("multipart")) { // a file upload: 'multipart.lines' is the file (a CSV sheet, a scan), line by line
                List<String> lines = new ArrayList<>();
                step.path("multipart").path("lines").forEach(line -> lines.add(line.asText()));
                response = upload(path(step), step.path("multipart").path("fileName").asText(),
                        fill(String.join("\n", lines)).getBytes(StandardCharsets.UTF_8), token, correlationId);
            } else {
                response = Corpus.this.send(method(step), path(step), body(step), token, correlationId);
            }
            // a step that reads a read model (closing a month reads the live assessment) waits for it to catch up
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (step.path("awaitsReadModel").asBoolean(false) && response.statusCode() == 422 && System.nanoTime() < deadline) {
                pause();
                response = Corpus.this.send(method(step), path(step), body(step), token, correlationId);
            }
            if (response.statusCode() / 100 == 2) {
                for (Iterator<Map.Entry<String, JsonNode>> captures = step.path("capture").fields(); captures.hasNext(); ) {
                    Map.Entry<String, JsonNode> capture = captures.next();
                    try {
                        captured.put(capture.getKey(), JSON.readTree(response.body()).path(capture.getValue().asText()).asText());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return response;
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
    }

    HttpResponse<String> send(String method, String path, String body, String token, String correlationId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("X-Correlation-Id", correlationId)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return exchange(request, token);
    }

    HttpResponse<String> upload(String path, String fileName, byte[] file, String token, String correlationId) {
        String boundary = "corpus" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("X-Correlation-Id", correlationId)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return exchange(request, token);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
