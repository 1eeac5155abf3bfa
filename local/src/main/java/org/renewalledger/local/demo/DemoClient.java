package org.renewalledger.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's way in: the service's own public HTTP API, with the demo issuer's tokens, so that every demo
 * fact passes the same validation, authorisation, policies and idempotency as a user's request.
 */
final class DemoClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final AtomicLong commands = new AtomicLong();

    DemoClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A command that must be accepted (2xx). */
    JsonNode post(String token, String path, Map<String, ?> body) {
        return post(token, path, body, Set.of()).body();
    }

    /** A command; {@code tolerated} statuses (e.g. 409 for "already there") are answered instead of thrown. */
    Answer post(String token, String path, Map<String, ?> body, Set<Integer> tolerated) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("X-Correlation-Id", "demo-" + commands.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            // the loader is one user sending commands at full speed: past the per-user rate limit it waits as told
            // (Retry-After) and sends again, as a well-behaved client does
            for (int retries = 0; response.statusCode() == 429 && retries < 600; retries++) {
                Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            int status = response.statusCode();
            JsonNode answer = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
            if (status / 100 != 2 && !tolerated.contains(status)) {
                throw new IllegalStateException("Demo step POST " + path + " was refused: " + status + " " + answer);
            }
            return new Answer(status, answer);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo step POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo", e);
        }
    }

    /**
     * Uploads evidence ({@code POST /api/evidence}, the multipart part 'file') and answers its SHA-256; the same bytes
     * uploaded again (a second load) answer the same hash.
     */
    String upload(String token, byte[] file, String fileName) {
        String boundary = "demo-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/evidence"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            for (int retries = 0; response.statusCode() == 429 && retries < 600; retries++) {
                Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            commands.incrementAndGet();
            JsonNode answer = json.readTree(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Demo upload of " + fileName + " was refused: " + response.statusCode() + " " + answer);
            }
            return answer.path("hash").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo upload of " + fileName + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo", e);
        }
    }

    /** A read that must answer 200 (the demo looks before it writes, so a second load writes nothing). */
    JsonNode get(String token, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Demo read GET " + path + " answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Demo read GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo", e);
        }
    }

    long commandsSent() {
        return commands.get();
    }

    record Answer(int status, JsonNode body) {
    }
}
