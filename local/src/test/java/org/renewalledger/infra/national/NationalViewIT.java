package org.renewalledger.infra.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.MultiSourceTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
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
 * three databases, each migrated by the service's own Flyway migrations: Beijing's store, Shanghai's store and the
 * national database. Events are appended to each provincial store with Axon's JDBC storage engine and the service's
 * serializer (starting two full provincial services with search clusters would take minutes and show nothing more
 * about the national side); the national processor is the one the national process runs: a tracking processor over
 * {@link NationalSources#merged}, its token and the national read model in the national database, one transaction
 * per batch.
 */
class NationalViewIT {

    private static final String BEIJING = "110000";
    private static final String SHANGHAI = "310000";

    @Test
    void shouldCountEveryProvincialEventOnce_underItsOwnProvince_andReplayToTheSameRows() throws Exception {
        long startedAt = System.nanoTime();
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
            for (HikariDataSource db : List.of(beijing, shanghai, national)) {
                Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            }
            long migratedAt = System.nanoTime();
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

            JdbcTemplate jdbc = new JdbcTemplate(national);
            SpringTransactionManager transactions = new SpringTransactionManager(new DataSourceTransactionManager(national));
            JdbcTokenStore tokens = JdbcTokenStore.builder()
                    .connectionProvider(new SpringDataSourceConnectionProvider(national))
                    .serializer(serializer)
                    .build();
            TrackingEventProcessor processor = TrackingEventProcessor.builder()
                    .name(NationalProjection.PROCESSING_GROUP)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new NationalProjection(jdbc)).build())
                    .messageSource(NationalSources.merged(List.of(
                            NationalSources.provincialStore(BEIJING, beijing, serializer, serializer, NoOpEventUpcaster.INSTANCE),
                            NationalSources.provincialStore(SHANGHAI, shanghai, serializer, serializer, NoOpEventUpcaster.INSTANCE))))
                    .tokenStore(tokens)
                    .transactionManager(transactions)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(50))
                    .build();
            processor.start();
            try {
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
                TrackingToken token = tokens.fetchToken(NationalProjection.PROCESSING_GROUP, 0);
                assertThat(token).isInstanceOf(MultiSourceTrackingToken.class);
                assertThat(((MultiSourceTrackingToken) token).getTrackingTokens().keySet()).isEqualTo(Set.of(BEIJING, SHANGHAI));
                assertThat(((MultiSourceTrackingToken) token).getTrackingTokens().values()).doesNotContainNull();
                long projectedAt = System.nanoTime();

                List<String> before = rows(jdbc);
                processor.shutDown();
                processor.resetTokens();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM national_fact", Long.class))
                        .as("the reset cleared the national read model").isZero();
                processor.start();
                awaitFacts(jdbc, 15);
                assertThat(rows(jdbc)).as("a replay gives the same rows").isEqualTo(before);
                assertThat(figures(jdbc)).isEqualTo(expected);
                System.out.printf("NationalViewIT: migrations %.1f s, projection of two stores %.1f s, replay %.1f s, whole %.1f s%n",
                        (migratedAt - startedAt) / 1e9, (projectedAt - migratedAt) / 1e9, (System.nanoTime() - projectedAt) / 1e9,
                        (System.nanoTime() - startedAt) / 1e9);
            } finally {
                processor.shutDown();
                beijing.close();
                shanghai.close();
                national.close();
            }
        }
    }

    private static HikariDataSource pool(EmbeddedPostgresServer postgres, String database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://" + postgres.host() + ":" + postgres.port() + "/" + database);
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
