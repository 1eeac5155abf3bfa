package org.renewalledger.infra.deploy;

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
 * The packaged service ({@code target/renewal-ledger.jar}) started in one role (Spring profile {@code command} or
 * {@code query}) as its own operating-system process, against a given PostgreSQL and Elasticsearch: one process of
 * the production topology (docs/OPERATIONS.md).
 */
final class RoleProcess implements AutoCloseable {

    private final String role;
    private final int httpPort;
    private final Path log;
    private final List<String> settings;
    private Process process;

    RoleProcess(String role, String name, Path sharedDir, List<String> settings) throws IOException {
        this.role = role;
        this.httpPort = freePort();
        this.log = sharedDir.resolve(name + ".log");
        this.settings = settings;
    }

    RoleProcess start() throws IOException {
        Path jar = Path.of("target", "renewal-ledger.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the jar first (mvn package): " + jar);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--spring.profiles.active=" + role, "--server.port=" + httpPort));
        command.addAll(settings);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /** Generous: three JVMs, a search node and a database share two cores here. */
    RoleProcess awaitHealthy() throws Exception {
        Duration timeout = Duration.ofMinutes(6);
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + role + " process died on start; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The " + role + " process was not healthy within " + timeout + "; see " + log);
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** How the JDBC token store names this process as a token owner: pid@host. */
    String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    Path log() {
        return log;
    }

    /** SIGKILL: the JVM ends at once, mid-request and mid-transaction, as on a power cut. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
