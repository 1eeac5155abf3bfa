package org.renewalledger.query.compound;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.renewalledger.kernel.compound.CompoundPage;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.CompoundView;
import org.renewalledger.kernel.compound.PipelineView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code compound_view} table. Writes go through JDBC inside the event processor's transaction, so a
 * row and the processor's token commit together; reads go through R2DBC, so HTTP threads never block.
 */
@Component
class CompoundViewStore {

    private static final String COLUMNS = "compound_id, name, jurisdiction_code, street_office_code, street_office_name, "
            + "built_year, buildings, households, floor_area_cm2, status, registered_at, registered_by";

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    CompoundViewStore(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    /** Idempotent: a redelivered event finds its row already there and changes nothing. */
    void insert(CompoundRegisteredEvent event, Instant registeredAt, String registeredBy, long sequence) {
        jdbc.update("INSERT INTO compound_view (" + COLUMNS + ", last_sequence, status_since) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (compound_id) DO NOTHING",
                event.compoundId().value(), event.name(), event.jurisdiction().value(), event.streetOffice().value(),
                event.streetOfficeName(), event.builtYear(), event.buildings(), event.households(),
                event.floorArea().squareCentimetres(), CompoundStatus.SURVEYED.name(), Timestamp.from(registeredAt),
                registeredBy, sequence, Timestamp.from(registeredAt));
    }

    /** Moves a project to a stage; a redelivered or older event (lower sequence) changes nothing. */
    void changeStatus(String compoundId, CompoundStatus status, Instant since, long sequence) {
        jdbc.update("UPDATE compound_view SET status = ?, status_since = ?, last_sequence = ? "
                        + "WHERE compound_id = ? AND last_sequence < ?",
                status.name(), Timestamp.from(since), sequence, compoundId, sequence);
    }

    Mono<CompoundPage> findWithin(String prefix, CompoundStatus status, int page, int size) {
        String where = "WHERE street_office_code LIKE :prefix" + (status == null ? "" : " AND status = :status");
        DatabaseClient.GenericExecuteSpec items = r2dbc.sql("SELECT " + COLUMNS + " FROM compound_view " + where
                        + " ORDER BY compound_id LIMIT :limit OFFSET :offset")
                .bind("prefix", prefix + "%")
                .bind("limit", size)
                .bind("offset", (long) page * size);
        DatabaseClient.GenericExecuteSpec total = r2dbc.sql("SELECT count(*) AS total FROM compound_view " + where)
                .bind("prefix", prefix + "%");
        if (status != null) {
            items = items.bind("status", status.name());
            total = total.bind("status", status.name());
        }
        Mono<List<CompoundView>> rows = items.map((row, meta) -> toView(row)).all().collectList();
        Mono<Long> count = total.map((row, meta) -> row.get("total", Long.class)).one();
        return Mono.zip(rows, count).map(both -> new CompoundPage(both.getT1(), page, size, both.getT2()));
    }

    Mono<PipelineView> pipeline(String prefix, String within) {
        return r2dbc.sql("SELECT status, count(*) AS n FROM compound_view WHERE street_office_code LIKE :prefix GROUP BY status")
                .bind("prefix", prefix + "%")
                .map((row, meta) -> Map.entry(CompoundStatus.valueOf(row.get("status", String.class)), row.get("n", Long.class)))
                .all()
                .collectList()
                .map(counts -> {
                    Map<CompoundStatus, Long> byStatus = new EnumMap<>(CompoundStatus.class);
                    for (CompoundStatus status : CompoundStatus.values()) {
                        byStatus.put(status, 0L);
                    }
                    counts.forEach(entry -> byStatus.put(entry.getKey(), entry.getValue()));
                    return new PipelineView(within, byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum());
                });
    }

    void deleteAll() {
        jdbc.update("DELETE FROM compound_view");
    }

    Mono<CompoundView> find(String compoundId) {
        return r2dbc.sql("SELECT " + COLUMNS + " FROM compound_view WHERE compound_id = :id")
                .bind("id", compoundId)
                .map((row, meta) -> toView(row))
                .one();
    }

    Mono<CompoundPage> findByStreetOffice(String streetOfficeCode, int page, int size) {
        Mono<List<CompoundView>> items = r2dbc.sql("SELECT " + COLUMNS + " FROM compound_view "
                        + "WHERE street_office_code = :code ORDER BY compound_id LIMIT :limit OFFSET :offset")
                .bind("code", streetOfficeCode)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map((row, meta) -> toView(row))
                .all()
                .collectList();
        Mono<Long> total = r2dbc.sql("SELECT count(*) AS total FROM compound_view WHERE street_office_code = :code")
                .bind("code", streetOfficeCode)
                .map((row, meta) -> row.get("total", Long.class))
                .one();
        return Mono.zip(items, total).map(both -> new CompoundPage(both.getT1(), page, size, both.getT2()));
    }

    private static CompoundView toView(io.r2dbc.spi.Readable row) {
        return new CompoundView(
                row.get("compound_id", String.class),
                row.get("name", String.class),
                row.get("jurisdiction_code", String.class),
                row.get("street_office_code", String.class),
                row.get("street_office_name", String.class),
                row.get("built_year", Integer.class),
                row.get("buildings", Integer.class),
                row.get("households", Integer.class),
                BigDecimal.valueOf(row.get("floor_area_cm2", Long.class)).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.UNNECESSARY),
                row.get("status", String.class),
                row.get("registered_at", OffsetDateTime.class).toInstant(),
                row.get("registered_by", String.class));
    }
}
