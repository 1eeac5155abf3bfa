package org.renewalledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's Run as a newcomer does it (issue 24): the packaged jar copied somewhere else and started from
 * another working directory, with the default data directory, as root below a private (0700) folder and as an
 * ordinary user. Nothing is built here; the jar is target/renewal-ledger.jar.
 */
class FirstRunIT {

    private static final Path JAR = Path.of("target", "renewal-ledger.jar").toAbsolutePath();
    private static final String SERVICE_USER = "renewal-firstrun";
    private static final String COMPOUND = "520523001-firstrun";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Root, a 0700 parent, a fresh folder for the jar, another folder as the working directory. */
    @Test
    void shouldRunFromAPrivateFolderAsRoot_keepDataAcrossARestart_andRefuseASecondInstanceOnTheSameData() throws Exception {
        assumeThat(isRoot()).as("CI runs as root").isTrue();
        Path parent = Files.createTempDirectory("renewal-first-run-");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
        Path jar = copyJar(Files.createDirectories(parent.resolve("app")));
        Path workingDirectory = Files.createDirectories(parent.resolve("elsewhere"));

        try (Service first = new Service(List.of(), jar, workingDirectory, "first")) {
            first.awaitHealthy();
            String token = first.token("street-office");
            assertThat(first.post("/api/compounds", token, registration()).statusCode()).isEqualTo(201);

            try (Service second = new Service(List.of(), jar, workingDirectory, "second")) {
                int exit = second.awaitExit(Duration.ofMinutes(3));
                String output = second.output();
                assertThat(exit).as("exit code of the second instance").isNotZero();
                assertThat(output).contains("is in use by another running Renewal Ledger")
                        .contains("RENEWAL_DATA_DIR")
                        .doesNotContain("\tat org.renewalledger");
            }
            assertThat(first.get("/api/compounds/" + COMPOUND, token).statusCode())
                    .as("the first instance still serves").isEqualTo(200);
            assertThat(first.health()).contains("\"status\":\"UP\"");
        }

        try (Service again = new Service(List.of(), jar, workingDirectory, "again")) {
            again.awaitHealthy();
            HttpResponse<String> found = again.get("/api/compounds/" + COMPOUND, again.token("street-office"));
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("首次运行小区");
        }
        Path elasticsearch = workingDirectory.resolve(".data/local-stack/elasticsearch");
        assertThat(Files.isSymbolicLink(elasticsearch))
                .as("the node's state, out of the service user's reach below the 0700 folder, is linked").isTrue();
        Path node = elasticsearch.toRealPath();
        assertThat(Files.getOwner(node).getName()).isEqualTo("renewal-es");
        // The node's folder outside the test's own temporary folder is this test's to remove.
        try (var paths = Files.walk(node)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** An ordinary user: Elasticsearch runs as that user, unpacked in its data directory. */
    @Test
    void shouldRunAsAnOrdinaryUser() throws Exception {
        Path folder = Files.createTempDirectory("renewal-first-run-user-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = copyJar(folder);
        List<String> asUser = List.of();
        if (isRoot()) {
            if (run("id", SERVICE_USER) != 0) {
                assertThat(run("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", SERVICE_USER)).isZero();
            }
            assertThat(run("chown", "-R", SERVICE_USER + ":", folder.toString())).isZero();
            asUser = List.of("runuser", "-u", SERVICE_USER, "--");
        }
        try (Service service = new Service(asUser, jar, folder, "user")) {
            service.awaitHealthy();
            assertThat(service.get("/api/compounds?streetOffice=520523001&page=0&size=5",
                    service.token("street-office")).statusCode()).isEqualTo(200);
            String owner = isRoot() ? SERVICE_USER : System.getProperty("user.name");
            Path data = folder.resolve(".data/local-stack");
            assertThat(Files.getOwner(data.resolve("elasticsearch")).getName()).isEqualTo(owner);
            assertThat(data.resolve("elasticsearch-" + carriedVersion() + "/bin/elasticsearch")).isExecutable();
        }
    }

    private static Path copyJar(Path folder) throws IOException {
        assertThat(JAR).as("the packaged jar (mvn package)").isRegularFile();
        return Files.copy(JAR, folder.resolve("renewal-ledger.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String carriedVersion() throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = FirstRunIT.class.getResourceAsStream("/org/renewalledger/local/local-stack.properties")) {
            properties.load(in);
        }
        return properties.getProperty("renewal.local-stack.elasticsearch-version");
    }

    private static String registration() {
        return "{\"compoundId\":\"" + COMPOUND + "\",\"name\":\"首次运行小区\",\"jurisdictionCode\":\"520523\","
                + "\"streetOfficeCode\":\"520523001\",\"streetOfficeName\":\"鼓场街道\",\"builtYear\":1990,"
                + "\"buildings\":6,\"households\":240,\"floorArea\":\"18650.50\"}";
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        id.waitFor();
        return "0".equals(uid);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }

    /** {@code java -jar} in its working directory with the environment a newcomer has: no RENEWAL_* settings. */
    private final class Service implements AutoCloseable {

        private final Process process;
        private final Path log;
        private final int port;

        Service(List<String> prefix, Path jar, Path workingDirectory, String name) throws IOException {
            this.port = freePort();
            this.log = Files.createTempFile("renewal-first-run-" + name + "-", ".log");
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of("env", "PORT=" + port,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(variable -> variable.startsWith("RENEWAL_"));
            this.process = builder.start();
        }

        void awaitHealthy() throws Exception {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (Instant.now().isBefore(deadline)) {
                assertThat(process.isAlive()).as("the service is running; its output:\n%s", output()).isTrue();
                try {
                    if (health().contains("\"status\":\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new AssertionError("not healthy within 4 minutes; output:\n" + output());
        }

        int awaitExit(Duration timeout) throws InterruptedException {
            assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("the process ended").isTrue();
            return process.exitValue();
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        String health() throws Exception {
            return http.send(HttpRequest.newBuilder(url("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        String token(String user) throws Exception {
            return http.send(HttpRequest.newBuilder(url("/local/tokens/" + user)).header("Accept", "text/plain")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        HttpResponse<String> get(String path, String token) throws Exception {
            return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String token, String body) throws Exception {
            return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI url(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        /**
         * SIGTERM to the service's JVM, so that it stops its own PostgreSQL and Elasticsearch. Under runuser that JVM
         * is a child, and the signal goes to it alone: runuser kills its child two seconds after a SIGTERM of its own,
         * too soon for a graceful stop. Whatever is left after the grace period is killed.
         */
        @Override
        public void close() throws InterruptedException {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.add(process.toHandle());
            ProcessHandle service = tree.stream()
                    .filter(handle -> handle.info().command().orElse("").endsWith("/java")
                            && handle.info().commandLine().orElse("").contains("renewal-ledger.jar"))
                    .findFirst().orElse(process.toHandle());
            service.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
