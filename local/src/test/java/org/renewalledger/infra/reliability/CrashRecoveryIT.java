package org.renewalledger.infra.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: the service is killed with SIGKILL in the middle of a burst of commands,
 * restarted on the same data, and then every command it acknowledged must be in the event store, nothing
 * is half-applied, and every read model equals its rebuild from scratch.
 */
class CrashRecoveryIT {

    private static final int CLIENTS = 8;
    private static final int ACKS_BEFORE_KILL = 60;
    private static final List<String> READ_MODELS = List.of("compound_view");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldKeepEveryAcknowledgedCommandAcrossAKillAndRebuildReadModelsIdentically() throws Exception {
        Path dataDir = Files.createTempDirectory("renewal-ledger-crash-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        try (ServiceProcess service = new ServiceProcess(dataDir)) {
            service.start();
            String token = token(service, "street-office");
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (running.get()) {
                        String id = "520523001-crash" + sequence.incrementAndGet();
                        attempted.add(id);
                        try {
                            if (register(service, token, id) == 201) {
                                acknowledged.add(id);
                            }
                        } catch (Exception connectionLost) {
                            // the outcome of this one is unknown to the client: it may or may not be stored
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= ACKS_BEFORE_KILL);
            service.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            service.start();
            try (Connection db = DriverManager.getConnection(service.jdbcUrl(), "postgres", "")) {
                for (String id : acknowledged) {
                    assertThat(eventsOf(db, id)).as("acknowledged %s", id).isEqualTo(1);
                }
                for (String id : attempted) {
                    assertThat(eventsOf(db, id)).as("attempted %s", id).isBetween(0L, 1L);
                }
                String admin = token(service, "administrator");
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                        .until(() -> allProjectionsCurrent(service, admin));
                assertThat(count(db, "SELECT count(*) FROM compound_view WHERE compound_id LIKE '520523001-crash%'"))
                        .isEqualTo(count(db, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE '520523001-crash%'"));

                List<String> incremental = checksums(db);
                for (String projection : List.of("compound-view")) {
                    post(service, admin, "/api/admin/projections/" + projection + "/replay");
                }
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                        .until(() -> allProjectionsCurrent(service, admin));
                assertThat(checksums(db)).isEqualTo(incremental);

                JsonNode chain = get(service, token(service, "auditor"), "/api/audit/chain/verification");
                assertThat(chain.path("intact").asBoolean()).as(chain.toString()).isTrue();
            }
            System.out.printf("Crash test: %d commands acknowledged before SIGKILL, %d attempted, all acknowledged ones kept%n",
                    acknowledged.size(), attempted.size());
        }
    }

    private String token(ServiceProcess service, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/local/tokens/" + user))
                        .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int register(ServiceProcess service, String token, String id) throws Exception {
        String body = """
                {"compoundId":"%s","name":"崩溃测试小区","jurisdictionCode":"520523","streetOfficeCode":"520523001",
                 "streetOfficeName":"鼓场街道","builtYear":1990,"buildings":3,"households":90,"floorArea":"6000"}
                """.formatted(id);
        return http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/compounds"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private boolean allProjectionsCurrent(ServiceProcess service, String admin) throws Exception {
        for (JsonNode status : get(service, admin, "/api/admin/projections")) {
            if (!status.path("running").asBoolean() || status.path("replaying").asBoolean()
                    || !status.path("caughtUp").asBoolean() || status.path("position").asLong() < status.path("head").asLong()) {
                return false;
            }
        }
        return true;
    }

    private JsonNode get(ServiceProcess service, String token, String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private void post(ServiceProcess service, String token, String path) throws Exception {
        int status = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(202);
    }

    /** An order-independent fingerprint of every row of every read model. */
    private static List<String> checksums(Connection db) throws SQLException {
        List<String> sums = new java.util.ArrayList<>();
        for (String table : READ_MODELS) {
            try (PreparedStatement statement = db.prepareStatement(
                    "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM " + table + " t");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                sums.add(table + "=" + rs.getString(1));
            }
        }
        return sums;
    }

    private static long eventsOf(Connection db, String aggregateId) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")) {
            statement.setString(1, aggregateId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
