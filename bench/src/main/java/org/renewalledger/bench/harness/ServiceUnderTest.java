package org.renewalledger.bench.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real stack: the packaged service jar as its own process, which starts its embedded PostgreSQL and local
 * Elasticsearch node on a fresh data directory. The harness's baselines connect to that same PostgreSQL.
 */
final class ServiceUnderTest implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int postgresPort;

    private ServiceUnderTest(Process process, Path log, int httpPort, int postgresPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.postgresPort = postgresPort;
    }

    static ServiceUnderTest start(Path jar, Path dataDir, String heap, List<String> extraArguments) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No service jar at " + jar + ": build it first (mvn -B -DskipTests package)");
        }
        Files.createDirectories(dataDir);
        int httpPort = freePort();
        int postgresPort = freePort();
        Path log = dataDir.resolve("service.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + httpPort,
                "--renewal.local-stack.data-dir=" + dataDir.toAbsolutePath(),
                "--renewal.local-stack.postgres-port=" + postgresPort,
                // the harness drives the service as a few users at full speed: the per-user command rate limit
                // (docs/SECURITY.md) would measure itself, not the service
                "--renewal.security.rate-limit.burst=100000000", "--renewal.security.rate-limit.per-second=100000000",
                // the synthetic province has no photos to upload; the workloads measured do not include evidence
                "--renewal.policy.evidence.required=false"));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceUnderTest service = new ServiceUnderTest(process, log, httpPort, postgresPort);
        try {
            service.awaitHealthy(Duration.ofMinutes(10)); // Elasticsearch alone can take minutes on a loaded 2-core machine
        } catch (Exception e) {
            service.close();
            throw e;
        }
        return service;
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/renewal?user=postgres&password=postgres";
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service died on start (exit " + process.exitValue() + "); see " + log
                        + "; its last lines:\n" + tail(log, 40));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service was not healthy within " + timeout + "; see " + log);
    }

    /** SIGTERM, so the service stops its own database and search node; forced after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
