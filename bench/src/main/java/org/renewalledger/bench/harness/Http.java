package org.renewalledger.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** The service over HTTP, as a client program would talk to it, with the demo tokens of the local stack. */
final class Http {

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String token(String demoUser) {
        return tokens.computeIfAbsent(demoUser, user -> {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/local/tokens/" + user))
                        .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("No demo token for " + user + ": " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    HttpResponse<String> post(String user, String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token(user)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A POST that must succeed; anything else stops the run with the service's answer. A 503 ("retry later") is
     * retried a few times with back-off, as a client loading data would; measured workloads never retry.
     */
    String expectPost(String user, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(user, path, body);
        for (int attempt = 1; response.statusCode() == 503 && attempt <= 5; attempt++) {
            Thread.sleep(500L * attempt);
            response = post(user, path, body);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String expectGet(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(user, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
