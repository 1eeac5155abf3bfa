package org.renewalledger.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.local.demo.DemoUsers;
import org.renewalledger.local.stack.ElasticsearchDistribution;
import org.renewalledger.local.stack.EmbeddedPostgresServer;
import org.renewalledger.local.stack.LocalElasticsearchServer;
import org.renewalledger.query.ReadModelProcessors;

/**
 * The production topology on this machine (docs/OPERATIONS.md): one PostgreSQL, one Elasticsearch, one
 * command-side process and two query-side replicas, each the packaged jar in its own role. Commands go to the
 * command side only; both replicas claim segments of every pooled processor in the shared token store, both
 * process the stream, and either replica serves complete and correct read models. When a replica stops, the
 * other takes its segments over and keeps the read models current.
 */
class TopologyIT {

    private static final int COMPOUNDS = 40;
    private static final String PROCESSOR = ReadModelProcessors.READ_MODELS; // compound-view and the other SQL read models

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private DemoTokenIssuer issuer;

    @Test
    void shouldShareTheQuerySideBetweenTwoReplicas_andServeCompleteReadModelsFromEither() throws Exception {
        Path dir = Files.createTempDirectory("renewal-ledger-topology-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0);
             LocalElasticsearchServer search = LocalElasticsearchServer.start(elasticsearchHome(), dir.resolve("elasticsearch"),
                     Path.of(System.getProperty("java.home")), "384m", Duration.ofMinutes(5))) {
            List<String> settings = List.of(
                    "--renewal.postgres.url=" + postgres.jdbcUrl(),
                    "--renewal.postgres.username=" + postgres.username(),
                    "--renewal.postgres.password=" + postgres.password(),
                    "--renewal.elasticsearch.url=" + search.httpUrl(),
                    // external servers, so no demo issuer: the processes validate tokens by the test's issuer's
                    // public key, as they would a real OIDC issuer's
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey(dir),
                    "--renewal.privacy.master-key=" + MASTER_KEY,
                    "--renewal.local-stack.data-dir=" + dir,
                    "--renewal.processing.balance-interval=PT2S");
            try (RoleProcess command = new RoleProcess("command", "command", dir, settings).start().awaitHealthy();
                 RoleProcess replicaA = new RoleProcess("query", "query-a", dir, settings).start();
                 RoleProcess replicaB = new RoleProcess("query", "query-b", dir, settings).start();
                 Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
                replicaA.awaitHealthy();
                replicaB.awaitHealthy();
                String token = token(command, "street-office");
                String admin = token(command, "administrator");

                // Each process runs its own side only.
                // no projection: only the two process managers that turn events into commands (docs/OPERATIONS.md)
                assertThat(java.util.regex.Pattern.compile("\"name\":\"([^\"]+)\"").matcher(get(command, "/api/admin/projections", admin).body())
                        .results().map(name -> name.group(1)).sorted().toList()).as("processors on the command side")
                        .containsExactly("escalation-ladder", "funding-milestone-relay");
                assertThat(get(command, "/api/compounds/520523001-001", token).statusCode()).as("a query at the command side").isEqualTo(404);
                HttpResponse<String> refused = post(replicaA, "/api/compounds", token, registration("520523001-refused"));
                assertThat(refused.statusCode()).as("a command at a query replica: %s", refused.body()).isBetween(400, 499);

                // Both replicas hold segments of every pooled processor, the command side none.
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    Map<String, Integer> owners = owners(db, PROCESSOR);
                    assertThat(owners.keySet()).as("owners of %s's segments", PROCESSOR).hasSize(2)
                            .anyMatch(owner -> owner.startsWith(replicaA.tokenOwnerPrefix()))
                            .anyMatch(owner -> owner.startsWith(replicaB.tokenOwnerPrefix()));
                    assertThat(owners.values()).as("segments per replica").containsOnly(2); // 4 segments (application.yml), 2 replicas
                });
                System.out.printf("Token claims of %s: %s (a = %s, b = %s)%n", PROCESSOR, owners(db, PROCESSOR),
                        replicaA.tokenOwnerPrefix(), replicaB.tokenOwnerPrefix());

                List<String> ids = new ArrayList<>();
                String run = UUID.randomUUID().toString().substring(0, 6);
                for (int i = 0; i < COMPOUNDS; i++) {
                    String id = "520523001-t" + run + "-" + i;
                    HttpResponse<String> created = post(command, "/api/compounds", token, registration(id));
                    assertThat(created.statusCode()).as("registration %s: %s", id, created.body()).isEqualTo(201);
                    ids.add(id);
                }
                long head = scalar(db, "SELECT max(globalindex) FROM domainevententry");

                // Complete and correct from either replica: the register, each compound, and the search index.
                for (RoleProcess replica : List.of(replicaA, replicaB)) {
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                        JsonNode page = json.readTree(get(replica, "/api/compounds?streetOffice=520523001&size=200", token).body());
                        List<String> listed = new ArrayList<>();
                        page.path("items").forEach(item -> listed.add(item.path("compoundId").asText()));
                        assertThat(listed).as("compounds listed by %s", replica.baseUrl()).containsAll(ids);
                    });
                    JsonNode one = json.readTree(get(replica, "/api/compounds/" + ids.get(7), token).body());
                    assertThat(one.path("name").asText()).isEqualTo("分片" + ids.get(7).substring(ids.get(7).lastIndexOf('-') + 1) + "号小区");
                    assertThat(one.path("households").asInt()).isEqualTo(240);
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                            assertThat(get(replica, "/api/compounds/search?q=" + java.net.URLEncoder.encode("分片39号", StandardCharsets.UTF_8),
                                    token).body()).contains(ids.get(39)));
                }
                assertThat(scalar(db, "SELECT count(*) FROM compound_view WHERE compound_id LIKE '520523001-t" + run + "-%'"))
                        .isEqualTo(COMPOUNDS);

                // Both replicas processed the stream: the tokens of the segments each one owns reached its head.
                await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                    Map<String, Long> positions = positions(db, PROCESSOR);
                    assertThat(positions).hasSize(2);
                    assertThat(positions.values()).as("lowest token position per owner, head %d", head).allMatch(position -> position >= head);
                });

                // A replica stops: the other takes over its segments and keeps the read model current.
                replicaB.close();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(owners(db, PROCESSOR)).as("owners after replica b stopped")
                                .hasSize(1).allSatisfy((owner, segments) -> {
                                    assertThat(owner).startsWith(replicaA.tokenOwnerPrefix());
                                    assertThat(segments).isEqualTo(4); // application.yml: initial-segment-count of the projections
                                }));
                String late = "520523001-t" + run + "-late";
                assertThat(post(command, "/api/compounds", token, registration(late)).statusCode()).isEqualTo(201);
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(get(replicaA, "/api/compounds/" + late, token).statusCode()).isEqualTo(200));
            }
        }
    }

    /** Segments of a processor per token owner (a claim that is not released). */
    private static Map<String, Integer> owners(Connection db, String processor) throws Exception {
        Map<String, Integer> owners = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT owner, count(*) FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL GROUP BY owner")) {
            query.setString(1, processor);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return owners;
    }

    /** The lowest position reached among each owner's segments. */
    private static Map<String, Long> positions(Connection db, String processor) throws Exception {
        Pattern index = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");
        Map<String, Long> positions = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT owner, convert_from(token, 'UTF8') FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL")) {
            query.setString(1, processor);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher matcher = index.matcher(rows.getString(2) == null ? "" : rows.getString(2));
                    long position = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
                    positions.merge(rows.getString(1), position, Math::min);
                }
            }
        }
        return positions;
    }

    private static long scalar(Connection db, String sql) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String registration(String id) {
        String number = id.substring(id.lastIndexOf('-') + 1);
        return "{\"compoundId\":\"" + id + "\",\"name\":\"分片" + number + "号小区\",\"jurisdictionCode\":\"520523\","
                + "\"streetOfficeCode\":\"520523001\",\"streetOfficeName\":\"鼓场街道\",\"builtYear\":1990,"
                + "\"buildings\":6,\"households\":240,\"floorArea\":\"18650.50\"}";
    }

    private String token(RoleProcess process, String user) {
        return issuer.issue(DemoUsers.find(user).orElseThrow()).accessToken();
    }

    /** The issuer's public key as PEM, where Spring Boot's resource server reads it. */
    private Path publicKey(Path dir) throws Exception {
        issuer = new DemoTokenIssuer(dir.resolve("issuer").resolve("signing-key.jwk"), Clock.systemUTC(), Duration.ofHours(8));
        RSAKey key = RSAKey.parse(Files.readString(dir.resolve("issuer").resolve("signing-key.jwk")));
        Path pem = dir.resolve("issuer").resolve("public-key.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return pem;
    }

    private HttpResponse<String> get(RoleProcess process, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(process.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(RoleProcess process, String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(process.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Elasticsearch distribution the jar carries, unpacked as the local stack does it. */
    private static Path elasticsearchHome() throws IOException {
        return ElasticsearchDistribution.carried(Path.of("target", "local-stack"));
    }
}
