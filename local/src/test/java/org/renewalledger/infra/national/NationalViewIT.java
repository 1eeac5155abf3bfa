package org.renewalledger.infra.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.axonframework.config.EventProcessingConfiguration;
import org.renewalledger.command.CommandSideConfiguration;
import org.renewalledger.infra.RenewalLedgerApplication;
import org.renewalledger.query.QuerySideConfiguration;
import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.local.demo.DemoUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.MultiSourceTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.renewalledger.local.stack.EmbeddedPostgresServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The national view over two provincial stores (docs/OPERATIONS.md, "The national view"): one embedded PostgreSQL with
 * three databases: Beijing's store and Shanghai's store, each migrated by the service's own Flyway migrations, and the
 * national process's database. Events are appended to each provincial store with Axon's JDBC storage engine and the
 * service's serializer (starting two full provincial services with their search clusters would take minutes and show
 * nothing more about the national side). The national process is the service itself, started in this JVM with
 * {@code renewal.process.role=national}: its tracking processor tails both stores through a
 * {@code MultiStreamableMessageSource} into the national figures, served by {@code GET /api/national/provinces}.
 */
class NationalViewIT {

    private static final String BEIJING = "110000";
    private static final String SHANGHAI = "310000";

    @Test
    void shouldCountEveryProvincialEventOnce_underItsOwnProvince_andReplayToTheSameRows() throws Exception {
        long startedAt = System.nanoTime();
        System.setProperty("axoniq.update-checker.disabled", "true");
        // the national process sets Axon's static event clock to its own; the shared test context in this JVM keeps its shifted one
        Clock sharedEventClock = GenericEventMessage.clock;
        Path dir = Files.createTempDirectory("national-view");
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0)) {
            for (String database : List.of("province_beijing", "province_shanghai", "national")) {
                try (Connection connection = java.sql.DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                        postgres.password()); Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
            HikariDataSource beijing = pool(postgres, "province_beijing");
            HikariDataSource shanghai = pool(postgres, "province_shanghai");
            HikariDataSource national = pool(postgres, "national");
            for (HikariDataSource db : List.of(beijing, shanghai)) {
                Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            }
            JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(serviceMapper()).build();
            JdbcEventStorageEngine beijingStore = writer(beijing, serializer);
            JdbcEventStorageEngine shanghaiStore = writer(shanghai, serializer);

            // The same compound and project ids in both provinces: each province chooses its own ids.
            beijingStore.appendEvents(List.of(
                    registered("C-1", "110105", 120, 0), registered("C-2", "110105", 80, 0), registered("C-3", "110108", 200, 0),
                    milestone("C-1", Milestone.CONSTRUCTION_STARTED, 1), milestone("C-2", Milestone.CONSTRUCTION_STARTED, 1),
                    allocated("P-1", "110105", 500_000, 0)));
            shanghaiStore.appendEvents(List.of(registered("C-1", "310104", 150, 0), registered("C-2", "310104", 90, 0),
                    allocated("P-1", "310104", 800_000, 0)));
            long storesReadyAt = System.nanoTime();

            DemoTokenIssuer issuer = new DemoTokenIssuer(dir.resolve("issuer").resolve("signing-key.jwk"), Clock.systemUTC(),
                    Duration.ofHours(8));
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RenewalLedgerApplication.class).run(
                    "--renewal.process.role=national",
                    "--server.port=0",
                    "--renewal.postgres.url=" + url(postgres, "national"),
                    "--renewal.postgres.username=" + postgres.username(),
                    "--renewal.postgres.password=" + postgres.password(),
                    "--renewal.national.stores[0].province=" + BEIJING,
                    "--renewal.national.stores[0].url=" + url(postgres, "province_beijing"),
                    "--renewal.national.stores[0].username=" + postgres.username(),
                    "--renewal.national.stores[0].password=" + postgres.password(),
                    "--renewal.national.stores[1].province=" + SHANGHAI,
                    "--renewal.national.stores[1].url=" + url(postgres, "province_shanghai"),
                    "--renewal.national.stores[1].username=" + postgres.username(),
                    "--renewal.national.stores[1].password=" + postgres.password(),
                    // a national process searches nothing: no Elasticsearch is started, none is asked
                    "--renewal.elasticsearch.url=http://127.0.0.1:9",
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey(dir),
                    "--renewal.privacy.master-key=" + Base64.getEncoder().encodeToString(new byte[32]),
                    "--renewal.local-stack.data-dir=" + dir)) {
                long startedAppAt = System.nanoTime();
                assertThat(app.getBeanNamesForType(CommandSideConfiguration.class)).as("a national process runs no command side").isEmpty();
                assertThat(app.getBeanNamesForType(QuerySideConfiguration.class)).as("nor a province's query side").isEmpty();
                JdbcTemplate jdbc = new JdbcTemplate(national);
                awaitFacts(jdbc, 9);

                // More events in both provinces, after the processor has passed their first ones: each province is
                // read on from its own position in the multi-source token.
                beijingStore.appendEvents(List.of(milestone("C-1", Milestone.COMPLETION_ACCEPTED, 2),
                        allocated("P-1", "110105", 250_000, 1), disbursed("P-1", "110105", 300_000, 2)));
                shanghaiStore.appendEvents(List.of(milestone("C-1", Milestone.CONSTRUCTION_STARTED, 1),
                        disbursed("P-1", "310104", 200_000, 1), disbursed("P-1", "310104", 100_000, 2)));
                awaitFacts(jdbc, 15);

                Map<String, List<Long>> expected = Map.of(
                        BEIJING, List.of(3L, 2L, 1L, 200L, 750_000L, 300_000L),
                        SHANGHAI, List.of(2L, 1L, 0L, 150L, 800_000L, 300_000L));
                assertThat(figures(jdbc)).isEqualTo(expected);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM national_fact", Long.class))
                        .as("one row per provincial event: none counted twice, none missed").isEqualTo(15L);
                String token = jdbc.queryForObject("SELECT tokentype || ' ' || convert_from(token, 'UTF8') FROM tokenentry "
                        + "WHERE processorname = ?", String.class, NationalProjection.PROCESSING_GROUP);
                assertThat(token).as("one position per provincial store").contains(MultiSourceTrackingToken.class.getName())
                        .contains("\"" + BEIJING + "\"").contains("\"" + SHANGHAI + "\"");
                long projectedAt = System.nanoTime();

                String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
                HttpResponse<String> answer = get(base + "/api/national/provinces", token(issuer, "national-administrator"));
                assertThat(answer.statusCode()).isEqualTo(200);
                JsonNode provinces = new ObjectMapper().readTree(answer.body());
                assertThat(provinces).hasSize(2);
                assertThat(provinces.get(0).get("province").asText()).isEqualTo(BEIJING);
                assertThat(List.of(provinces.get(0).get("compoundsRegistered").asLong(), provinces.get(0).get("compoundsStarted").asLong(),
                        provinces.get(0).get("compoundsCompleted").asLong(), provinces.get(0).get("householdsStarted").asLong(),
                        provinces.get(0).get("allocatedFen").asLong(), provinces.get(0).get("disbursedFen").asLong()))
                        .isEqualTo(expected.get(BEIJING));
                assertThat(provinces.get(1).get("province").asText()).isEqualTo(SHANGHAI);
                assertThat(provinces.get(1).get("disbursedFen").asLong()).isEqualTo(300_000L);
                assertThat(get(base + "/api/national/provinces", token(issuer, "administrator")).statusCode())
                        .as("a provincial administrator (520000) does not read the nation").isEqualTo(403);
                assertThat(get(base + "/api/national/provinces", token(issuer, "central-finance")).statusCode())
                        .as("national, but not an administrator").isEqualTo(403);

                TrackingEventProcessor processor = app.getBean(EventProcessingConfiguration.class)
                        .eventProcessor(NationalProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
                List<String> before = rows(jdbc);
                processor.shutDown();
                processor.resetTokens();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM national_fact", Long.class))
                        .as("the reset cleared the national read model").isZero();
                processor.start();
                awaitFacts(jdbc, 15);
                assertThat(rows(jdbc)).as("a replay gives the same rows").isEqualTo(before);
                assertThat(figures(jdbc)).isEqualTo(expected);
                System.out.printf("NationalViewIT: PostgreSQL and two provincial stores %.1f s, national process started %.1f s, "
                                + "both stores projected and read over HTTP %.1f s, replay %.1f s, whole %.1f s%n",
                        (storesReadyAt - startedAt) / 1e9, (startedAppAt - storesReadyAt) / 1e9, (projectedAt - startedAppAt) / 1e9,
                        (System.nanoTime() - projectedAt) / 1e9, (System.nanoTime() - startedAt) / 1e9);
            } finally {
                GenericEventMessage.clock = sharedEventClock;
                beijing.close();
                shanghai.close();
                national.close();
            }
        }
    }

    private static String url(EmbeddedPostgresServer postgres, String database) {
        return "jdbc:postgresql://" + postgres.host() + ":" + postgres.port() + "/" + database;
    }

    private static String token(DemoTokenIssuer issuer, String user) {
        return issuer.issue(DemoUsers.find(user).orElseThrow()).accessToken();
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo issuer's public key, for the national process to validate its tokens (as MultiNodeIT does). */
    private static Path publicKey(Path dir) throws Exception {
        RSAKey key = RSAKey.parse(Files.readString(dir.resolve("issuer").resolve("signing-key.jwk")));
        Path pem = dir.resolve("issuer").resolve("public-key.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return pem;
    }

    private static HikariDataSource pool(EmbeddedPostgresServer postgres, String database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url(postgres, database));
        pool.setUsername(postgres.username());
        pool.setPassword(postgres.password());
        pool.setMaximumPoolSize(4);
        return pool;
    }

    /** The service's event mapper (AxonConfiguration.defaultAxonObjectMapper). */
    private static ObjectMapper serviceMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static JdbcEventStorageEngine writer(HikariDataSource store, JacksonSerializer serializer) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(store))
                .transactionManager(new SpringTransactionManager(new DataSourceTransactionManager(store)))
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(new EventSchema())
                .build();
    }

    private static DomainEventMessage<?> registered(String compound, String county, int households, long sequence) {
        return event("Compound", compound, sequence, new CompoundRegisteredEvent(CompoundId.of(compound), "小区 " + compound,
                JurisdictionCode.of(county), JurisdictionCode.of(county + "001"), "街道", 1995, 4, households,
                Area.ofSquareMetres(new java.math.BigDecimal("8000")), "built before 2000"));
    }

    private static DomainEventMessage<?> milestone(String compound, Milestone milestone, long sequence) {
        return event("Compound", compound, sequence, new MilestoneReachedEvent(CompoundId.of(compound), milestone, milestone.reaches(),
                LocalDate.of(2026, 5, 1), "doc-" + milestone, milestone == Milestone.COMPLETION_ACCEPTED ? 3 : 0));
    }

    private static DomainEventMessage<?> allocated(String project, String county, long fen, long sequence) {
        return event("ProjectFunding", project, sequence, new FundsAllocatedEvent(ProjectId.of(project), "E" + sequence,
                JurisdictionCode.of(county), FundingSource.CENTRAL_SUBSIDY, Money.ofFen(fen), IdempotencyKey.of("k-" + sequence)));
    }

    private static DomainEventMessage<?> disbursed(String project, String county, long fen, long sequence) {
        return event("ProjectFunding", project, sequence, new SubsidyDisbursedEvent(ProjectId.of(project), "E" + sequence,
                JurisdictionCode.of(county), FundingSource.CENTRAL_SUBSIDY, Money.ofFen(fen), "施工单位", 1, "first tranche",
                IdempotencyKey.of("k-" + sequence)));
    }

    private static DomainEventMessage<?> event(String type, String aggregate, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(type, aggregate, sequence, payload);
    }

    private static void awaitFacts(JdbcTemplate jdbc, long count) throws InterruptedException {
        await(() -> jdbc.queryForObject("SELECT count(*) FROM national_fact", Long.class) >= count, Duration.ofSeconds(30));
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** Province → registered, started, completed, households started, allocated fen, disbursed fen. */
    private static Map<String, List<Long>> figures(JdbcTemplate jdbc) {
        Map<String, List<Long>> out = new java.util.HashMap<>();
        jdbc.query("SELECT province, sum(registered), sum(started), sum(completed), sum(households), sum(allocated_fen), "
                + "sum(disbursed_fen) FROM national_fact GROUP BY province", rs -> {
            List<Long> row = new ArrayList<>();
            for (int i = 2; i <= 7; i++) {
                row.add(rs.getLong(i));
            }
            out.put(rs.getString(1), row);
        });
        return out;
    }

    private static List<String> rows(JdbcTemplate jdbc) {
        return jdbc.query("SELECT * FROM national_fact ORDER BY province, stream_id, sequence_number", (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('|');
            }
            return row.toString();
        });
    }
}
