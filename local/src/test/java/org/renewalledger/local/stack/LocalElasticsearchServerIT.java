package org.renewalledger.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the real Elasticsearch distribution the build unpacked: a document must survive a clean restart and a killed
 * owner JVM.
 */
class LocalElasticsearchServerIT {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearchServerIT.class);

    private static final String HOME_PROPERTY = "renewal.local-stack.elasticsearch-home";
    private static final String JAVA_HOME_PROPERTY = "renewal.local-stack.java-home";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final String DOCUMENT = "{\"title\":\"kept across restarts\"}";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tempDirectory;

    private Path dataDirectory;

    @BeforeEach
    void makeTempDirectoryTraversable() throws IOException {
        // @TempDir is rwx------; as root the node runs as another user, who must be able to reach its directory.
        Files.setPosixFilePermissions(tempDirectory, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDirectory = tempDirectory.resolve("es");
    }

    @Test
    void documentSurvivesRestartOnTheSameDirectory() throws Exception {
        try (LocalElasticsearchServer elasticsearch = start()) {
            assertThat(elasticsearch.httpUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            // This distribution has no rest-root module, so GET / answers 405; ask the node itself for its version.
            assertThat(get(elasticsearch, "/_nodes/_local?filter_path=nodes.*.version").body())
                    .contains("\"version\":\"8.19.21\"");
            assertThat(put(elasticsearch, "/ledger/_doc/1?refresh=true", DOCUMENT).statusCode()).isEqualTo(201);
        }

        try (LocalElasticsearchServer elasticsearch = start()) {
            HttpResponse<String> document = get(elasticsearch, "/ledger/_doc/1");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("\"found\":true").contains(DOCUMENT);
        }
    }

    @Test
    void startsAgainWhenAKilledJvmLeftItsNodeRunning() throws Exception {
        long orphanPid;
        try (ChildJvm child = ChildJvm.start(tempDirectory, "elasticsearch", dataDirectory.toString(),
                elasticsearchHome().toString(), javaHome().toString())) {
            String url = child.awaitReady(STARTUP_TIMEOUT.plusSeconds(30));
            assertThat(send(HttpRequest.newBuilder(URI.create(url + "/ledger/_doc/1?refresh=true"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(DOCUMENT))).statusCode()).isEqualTo(201);
            orphanPid = LocalProcesses.readPid(dataDirectory.resolve("elasticsearch.pid")).orElseThrow();
            child.kill();
        }
        try {
            assertThat(LocalProcesses.runningProcess(orphanPid)).as("node outlives its killed JVM").isPresent();

            try (LocalElasticsearchServer elasticsearch = start()) {
                assertThat(LocalProcesses.runningProcess(orphanPid)).as("orphan stopped").isEmpty();
                assertThat(get(elasticsearch, "/ledger/_doc/1").body()).contains("\"found\":true");
            }
        } finally {
            LocalProcesses.runningProcess(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private LocalElasticsearchServer start() throws IOException {
        return LocalElasticsearchServer.start(elasticsearchHome(), dataDirectory, javaHome(), "512m", STARTUP_TIMEOUT);
    }

    /** The distribution the jar carries, unpacked as the local stack does it (the system property overrides). */
    static Path elasticsearchHome() throws IOException {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return ElasticsearchDistribution.carried(Path.of("target", "local-stack"));
    }

    static Path javaHome() {
        return Path.of(System.getProperty(JAVA_HOME_PROPERTY, System.getProperty("java.home")));
    }

    private HttpResponse<String> get(LocalElasticsearchServer elasticsearch, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(elasticsearch.httpUrl() + path)).GET());
    }

    private HttpResponse<String> put(LocalElasticsearchServer elasticsearch, String path, String json)
            throws Exception {
        return send(HttpRequest.newBuilder(URI.create(elasticsearch.httpUrl() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
