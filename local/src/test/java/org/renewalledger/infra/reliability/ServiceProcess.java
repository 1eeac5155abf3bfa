package org.renewalledger.infra.reliability;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/renewal-ledger.jar}) as a separate operating-system process on its
 * own local stack, so a test can kill it the way a power cut or the OOM killer would.
 */
final class ServiceProcess implements AutoCloseable {

    private final Path dataDir;
    private final int httpPort;
    private final int postgresPort;
    private final Path log;
    private Process process;

    ServiceProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.httpPort = freePort();
        this.postgresPort = freePort();
        this.log = dataDir.resolve("service.log");
    }

    void start() throws Exception {
        Path jar = Path.of("target", "renewal-ledger.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the jar first (mvn package): " + jar);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(List.of(java.toString(), "-Xmx768m", "-jar", jar.toString(),
                "--server.port=" + httpPort,
                "--renewal.local-stack.data-dir=" + dataDir,
                "--renewal.local-stack.postgres-port=" + postgresPort))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHealthy(Duration.ofMinutes(5)); // generous: Elasticsearch alone can take 90 s on a loaded 2-core machine
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. Its database and search node are left running as orphans. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/renewal";
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service died on start; see " + log);
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

    /** A graceful stop (SIGTERM), so that the service stops its own database and search node. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
