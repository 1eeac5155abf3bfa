package org.renewalledger.query.compound;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.renewalledger.kernel.compound.CompoundPage;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.CompoundView;
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
        jdbc.update("INSERT INTO compound_view (" + COLUMNS + ", last_sequence) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (compound_id) DO NOTHING",
                event.compoundId().value(), event.name(), event.jurisdiction().value(), event.streetOffice().value(),
                event.streetOfficeName(), event.builtYear(), event.buildings(), event.households(),
                event.floorArea().squareCentimetres(), CompoundStatus.SURVEYED.name(), Timestamp.from(registeredAt),
                registeredBy, sequence);
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
