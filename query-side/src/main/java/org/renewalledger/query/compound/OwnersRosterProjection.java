package org.renewalledger.query.compound;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.FindOwnersRosterQuery;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.OwnersRosterView;
import org.renewalledger.kernel.compound.OwnersRosterImportedEvent;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitCorrectedEvent;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.RosterUnitView;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The owners' roster as it stands: each unit's latest entry (a redelivered or older event never overwrites a newer
 * one: the row keeps the aggregate sequence it holds). It runs in the consent register's processing group, so that
 * when a count opens, the register copies the roster exactly as the events left it at that point.
 */
@Component
@ProcessingGroup(ConsentRegisterProjection.PROCESSING_GROUP)
class OwnersRosterProjection {

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    OwnersRosterProjection(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    @EventHandler
    void on(RosterUnitRecordedEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        upsert(event.compoundId().value(), event.unit(), sequence, at);
    }

    /** A sheet's units in one JDBC batch. */
    @EventHandler
    void on(OwnersRosterImportedEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.batchUpdate(UPSERT, event.units().stream().map(unit -> row(event.compoundId().value(), unit, sequence, at)).toList());
    }

    @EventHandler
    void on(RosterUnitCorrectedEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        upsert(event.compoundId().value(), event.corrected(), sequence, at);
    }

    @EventHandler
    void on(UnitTransferredEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String owners = joined(event.newOwners());
        String voter = event.newOwners().stream().map(OwnerReference::value).sorted().collect(Collectors.joining("+"));
        jdbc.update("UPDATE roster_unit SET owners = ?, developer_held = FALSE, voter = ?, last_sequence = ?, updated_at = ? "
                        + "WHERE compound_id = ? AND unit_code = ? AND last_sequence < ?",
                owners, voter, sequence, Timestamp.from(at), event.compoundId().value(), event.unit().value(), sequence);
    }

    private static final String UPSERT = "INSERT INTO roster_unit (compound_id, unit_code, area_cm2, area_basis, owners, "
            + "developer_held, voter, last_sequence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (compound_id, unit_code) DO UPDATE SET area_cm2 = excluded.area_cm2, "
            + "area_basis = excluded.area_basis, owners = excluded.owners, developer_held = excluded.developer_held, "
            + "voter = excluded.voter, last_sequence = excluded.last_sequence, updated_at = excluded.updated_at "
            + "WHERE roster_unit.last_sequence < excluded.last_sequence";

    private void upsert(String compoundId, RosterUnit unit, long sequence, Instant at) {
        jdbc.update(UPSERT, row(compoundId, unit, sequence, at));
    }

    private static Object[] row(String compoundId, RosterUnit unit, long sequence, Instant at) {
        return new Object[] {compoundId, unit.unit().value(), unit.exclusiveArea().squareCentimetres(), unit.basis().name(),
                joined(unit.owners()), unit.developerHeld(), Electorate.voterOf(unit), sequence, Timestamp.from(at)};
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM roster_unit");
    }

    @QueryHandler
    CompletableFuture<Optional<OwnersRosterView>> handle(FindOwnersRosterQuery query) {
        return r2dbc.sql("SELECT unit_code, area_cm2, area_basis, owners, developer_held FROM roster_unit "
                        + "WHERE compound_id = :id ORDER BY unit_code")
                .bind("id", query.compoundId().value())
                .map((row, meta) -> rosterUnit(row.get("unit_code", String.class), row.get("area_cm2", Long.class),
                        row.get("area_basis", String.class), row.get("owners", String.class),
                        Boolean.TRUE.equals(row.get("developer_held", Boolean.class))))
                .all()
                .collectList()
                .map(units -> {
                    Electorate electorate = Electorate.of(units);
                    return Optional.of(new OwnersRosterView(query.compoundId().value(), electorate.units(),
                            electorate.headcount(), squareMetres(electorate.totalArea().squareCentimetres()),
                            electorate.all().stream().map(OwnersRosterProjection::view).toList()));
                })
                .toFuture();
    }

    static RosterUnit rosterUnit(String code, long areaCm2, String basis, String owners, boolean developerHeld) {
        return new RosterUnit(UnitCode.of(code), new Area(areaCm2), AreaBasis.valueOf(basis),
                Arrays.stream(owners.split(",")).map(OwnerReference::of).toList(), developerHeld);
    }

    static RosterUnitView view(RosterUnit unit) {
        return new RosterUnitView(unit.unit().value(), squareMetres(unit.exclusiveArea().squareCentimetres()),
                unit.basis().name(), unit.owners().stream().map(OwnerReference::value).toList(), unit.developerHeld(),
                Electorate.voterOf(unit));
    }

    private static String joined(List<OwnerReference> owners) {
        return owners.stream().map(OwnerReference::value).collect(Collectors.joining(","));
    }

    static BigDecimal squareMetres(long cm2) {
        BigDecimal exact = BigDecimal.valueOf(cm2, 4).stripTrailingZeros();
        return exact.scale() <= 2 ? exact.setScale(2) : exact;
    }
}
