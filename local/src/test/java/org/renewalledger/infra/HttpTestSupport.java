package org.renewalledger.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every test through HTTP needs: a client for the running application, demo tokens, test data and
 * polling. Subclasses say which application context (and so which local stack) they run against.
 */
public abstract class HttpTestSupport {

    /** The clock the application gets: a year behind, so a test can tell injected time from the wall clock. */
    public static final Duration CLOCK_SHIFT = Duration.ofDays(-365);

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                // The API document and a Prometheus scrape of every processor and endpoint outgrow the 256 KiB default.
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
                .build();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected String tokenFor(String demoUser) {
        return http.post().uri("/local/tokens/{user}", demoUser)
                .accept(MediaType.TEXT_PLAIN)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .returnResult().getResponseBody();
    }

    /** A compound code no other test uses, in street office 520523001. */
    /**
     * The housing bureau records the demo implementing entity ({@code implementing-entity}) as contracted on the project
     * and so on its compound (docs/SECURITY.md): it acts nowhere else.
     */
    protected void bindContractor(String projectId, String compoundId) {
        http.post().uri("/api/projects/{p}/contractors", projectId).headers(h -> h.setBearerAuth(tokenFor("housing-bureau")))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("jurisdictionCode", projectId.substring(0, 6), "compoundId", compoundId,
                        "contractorId", "implementing-entity", "role", "IMPLEMENTING_ENTITY"))
                .exchange().expectStatus().isOk();
    }

    /** The compound's street office records the demo owners' committee ({@code owners-committee}) as the compound's. */
    protected void bindCommittee(String streetOfficeToken, String compoundId) {
        http.post().uri("/api/compounds/{c}/owners-committee", compoundId).headers(h -> h.setBearerAuth(streetOfficeToken))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("streetOffice", compoundId.substring(0, 9), "committeeId", "owners-committee"))
                .exchange().expectStatus().isOk();
    }

    protected static String newCompoundId() {
        return "520523001-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static Map<String, Object> registration(String compoundId, String name, int builtYear) {
        return Map.of(
                "compoundId", compoundId,
                "name", name,
                "jurisdictionCode", "520523",
                "streetOfficeCode", compoundId.substring(0, 9),
                "streetOfficeName", "鼓场街道",
                "builtYear", builtYear,
                "buildings", 6,
                "households", 240,
                "floorArea", "18650.50");
    }

    /** A registration of a compound of {@code households} units over {@code floorArea} m², for a short electorate. */
    protected static Map<String, Object> smallRegistration(String compoundId, String name, int builtYear, int households,
                                                           String floorArea) {
        Map<String, Object> small = new HashMap<>(registration(compoundId, name, builtYear));
        small.put("households", households);
        small.put("floorArea", floorArea);
        return small;
    }

    protected WebTestClient.ResponseSpec register(String token, Map<String, Object> body) {
        return http.post().uri("/api/compounds")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /**
     * Read models are eventually consistent: poll, never sleep a fixed time. The bound is generous because a
     * processor recovering from an outage backs off for up to a minute before it retries.
     */
    protected static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(assertion::run);
    }

    /** A read answered 200, as JSON; numbers with a fraction as BigDecimal, so amounts compare exactly. */
    protected JsonNode readJson(String token, String uri, Object... uriVariables) {
        String body = http.get().uri(uri, uriVariables).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A file the API answers with 200 (an export), as bytes; never no body. */
    protected byte[] download(String token, String uri) {
        byte[] body = http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    protected long eventsInStream(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    /** A new directory the Elasticsearch node (an unprivileged user when tests run as root) can enter. */
    protected static Path freshDataDirectory() {
        try {
            Path dir = Files.createTempDirectory("renewal-ledger-it-");
            // The Elasticsearch node runs as an unprivileged user when tests run as root: it must get in.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class ShiftedClock {

        @Bean
        @Primary
        Clock testClock() {
            return TRAVELLING_CLOCK;
        }
    }

    /** The application's clock: {@link #CLOCK_SHIFT} behind the wall clock, unless a test travels (one at a time). */
    private static final TravellingClock TRAVELLING_CLOCK = new TravellingClock();

    /**
     * Runs {@code steps} with the application's clock standing at {@code instant} (moving on from there), then puts it
     * back. For the few tests whose dates must be "today" somewhere else in the calendar: claimed dates are judged
     * against the server's today, so a notice over New Year 2027 can only be posted near it.
     */
    protected static void travelTo(java.time.Instant instant, Runnable steps) {
        TRAVELLING_CLOCK.shift = Duration.between(java.time.Instant.now(), instant);
        try {
            steps.run();
        } finally {
            TRAVELLING_CLOCK.shift = CLOCK_SHIFT;
        }
    }

    private static final class TravellingClock extends Clock {

        private volatile Duration shift = CLOCK_SHIFT;

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.offset(Clock.system(zone), shift);
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.now().plus(shift);
        }
    }
}
