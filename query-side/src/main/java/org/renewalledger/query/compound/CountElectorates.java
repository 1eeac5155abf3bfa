package org.renewalledger.query.compound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.compound.CountElectorateView;
import org.renewalledger.kernel.compound.ElectorUnitView;
import org.renewalledger.kernel.compound.FindCountElectorateQuery;
import org.renewalledger.kernel.compound.FindUnitsNotVotedQuery;
import org.renewalledger.kernel.compound.RosterUnitView;
import org.renewalledger.kernel.compound.UnitsNotVotedView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads of a count's frozen electorate, from the consent register's tables: the electorate behind a count with the
 * vote that counts for each unit (auditors; the printable tally sheet), and the units still to canvass.
 */
@Component
class CountElectorates {

    private static final String ROUND = "coalesce(:round, (SELECT max(round) FROM consent_count "
            + "WHERE compound_id = :id AND matter = :matter))";

    private final DatabaseClient r2dbc;

    CountElectorates(DatabaseClient r2dbc) {
        this.r2dbc = r2dbc;
    }

    @QueryHandler
    CompletableFuture<Optional<CountElectorateView>> handle(FindCountElectorateQuery query) {
        String id = query.compoundId().value();
        String matter = query.matter().name();
        Mono<List<ElectorUnitView>> units = bind(r2dbc.sql("SELECT e.unit_code, e.area_cm2, e.area_basis, e.developer_held, "
                        + "e.voter, v.choice, v.channel, v.cast_at, v.proxy, v.proxy_evidence FROM consent_electorate e "
                        + "LEFT JOIN consent_vote v ON v.compound_id = e.compound_id AND v.matter = e.matter "
                        + "AND v.round = e.round AND v.ballot_key = e.voter "
                        + "WHERE e.compound_id = :id AND e.matter = :matter AND e.round = " + ROUND + " ORDER BY e.unit_code"),
                id, matter, query.round())
                .map((row, meta) -> {
                    OffsetDateTime castAt = row.get("cast_at", OffsetDateTime.class);
                    return new ElectorUnitView(row.get("unit_code", String.class),
                            OwnersRosterProjection.squareMetres(row.get("area_cm2", Long.class)),
                            row.get("area_basis", String.class), Boolean.TRUE.equals(row.get("developer_held", Boolean.class)),
                            row.get("voter", String.class), row.get("choice", String.class), row.get("channel", String.class),
                            castAt == null ? null : castAt.toInstant(), row.get("proxy", String.class),
                            row.get("proxy_evidence", String.class));
                })
                .all().collectList();
        Mono<Optional<CountElectorateView>> count = bind(r2dbc.sql("SELECT c.*, "
                        + "count(v.ballot_key) FILTER (WHERE v.choice = 'AGREE') AS agree_owners, "
                        + "coalesce(sum(v.area_cm2) FILTER (WHERE v.choice = 'AGREE'), 0) AS agree_area, "
                        + "count(v.ballot_key) FILTER (WHERE v.choice = 'DISAGREE') AS disagree_owners, "
                        + "coalesce(sum(v.area_cm2) FILTER (WHERE v.choice = 'DISAGREE'), 0) AS disagree_area, "
                        + "count(v.ballot_key) FILTER (WHERE v.choice = 'ABSTAIN') AS abstain_owners, "
                        + "coalesce(sum(v.area_cm2) FILTER (WHERE v.choice = 'ABSTAIN'), 0) AS abstain_area "
                        + "FROM consent_count c LEFT JOIN consent_vote v ON v.compound_id = c.compound_id "
                        + "AND v.matter = c.matter AND v.round = c.round "
                        + "WHERE c.compound_id = :id AND c.matter = :matter AND c.round = " + ROUND
                        + " GROUP BY c.compound_id, c.matter, c.round"), id, matter, query.round())
                .map((row, meta) -> {
                    OffsetDateTime openedAt = row.get("opened_at", OffsetDateTime.class);
                    OffsetDateTime closedAt = row.get("closed_at", OffsetDateTime.class);
                    Integer unitCount = row.get("electorate_units", Integer.class);
                    return new CountElectorateView(id, matter, row.get("round", Integer.class),
                            row.get("electorate_basis", String.class), openedAt == null ? null : openedAt.toInstant(),
                            unitCount == null ? 0 : unitCount, row.get("eligible_owners", Long.class),
                            OwnersRosterProjection.squareMetres(row.get("eligible_area_cm2", Long.class)),
                            row.get("agree_owners", Long.class), area(row.get("agree_area", Number.class)),
                            row.get("disagree_owners", Long.class), area(row.get("disagree_area", Number.class)),
                            row.get("abstain_owners", Long.class), area(row.get("abstain_area", Number.class)),
                            closedAt == null ? null : closedAt.toInstant(), row.get("passed", Boolean.class),
                            row.get("rule", String.class), List.<ElectorUnitView>of());
                })
                .one().map(Optional::of).defaultIfEmpty(Optional.empty());
        return count.zipWith(units, (view, electorate) -> view.map(found -> new CountElectorateView(found.compoundId(),
                        found.matter(), found.round(), found.electorateBasis(), found.openedAt(), found.units(),
                        found.headcount(), found.totalArea(), found.agreeOwners(), found.agreeArea(), found.disagreeOwners(),
                        found.disagreeArea(), found.abstainOwners(), found.abstainArea(), found.closedAt(), found.passed(),
                        found.rule(), electorate)))
                .toFuture();
    }

    /** The open (or latest) count's units whose voter has not voted; before any count opened, the roster's units. */
    @QueryHandler
    CompletableFuture<UnitsNotVotedView> handle(FindUnitsNotVotedQuery query) {
        String id = query.compoundId().value();
        String matter = query.matter().name();
        return r2dbc.sql("SELECT max(round) AS round FROM consent_count WHERE compound_id = :id AND matter = :matter "
                        + "AND electorate_basis = 'OWNERS_ROSTER'")
                .bind("id", id).bind("matter", matter)
                .map((row, meta) -> Optional.ofNullable(row.get("round", Integer.class)))
                .one()
                .defaultIfEmpty(Optional.empty())
                .flatMap(round -> round.isPresent()
                        ? r2dbc.sql("SELECT e.unit_code, e.area_cm2, e.area_basis, e.owners, e.developer_held "
                                        + "FROM consent_electorate e WHERE e.compound_id = :id AND e.matter = :matter "
                                        + "AND e.round = :round AND NOT EXISTS (SELECT 1 FROM consent_vote v "
                                        + "WHERE v.compound_id = e.compound_id AND v.matter = e.matter AND v.round = e.round "
                                        + "AND v.ballot_key = e.voter) ORDER BY e.unit_code")
                                .bind("id", id).bind("matter", matter).bind("round", round.get())
                                .map((row, meta) -> unit(row)).all().collectList()
                                .map(units -> new UnitsNotVotedView(id, matter, round.get(), units))
                        : r2dbc.sql("SELECT unit_code, area_cm2, area_basis, owners, developer_held FROM roster_unit "
                                        + "WHERE compound_id = :id ORDER BY unit_code")
                                .bind("id", id)
                                .map((row, meta) -> unit(row)).all().collectList()
                                .map(units -> new UnitsNotVotedView(id, matter, 0, units)))
                .toFuture();
    }

    private static RosterUnitView unit(io.r2dbc.spi.Readable row) {
        return OwnersRosterProjection.view(OwnersRosterProjection.rosterUnit(row.get("unit_code", String.class),
                row.get("area_cm2", Long.class), row.get("area_basis", String.class), row.get("owners", String.class),
                Boolean.TRUE.equals(row.get("developer_held", Boolean.class))));
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String id, String matter,
                                                          Integer round) {
        DatabaseClient.GenericExecuteSpec bound = spec.bind("id", id).bind("matter", matter);
        return round == null ? bound.bindNull("round", Integer.class) : bound.bind("round", round);
    }

    private static java.math.BigDecimal area(Number cm2) {
        return OwnersRosterProjection.squareMetres(cm2.longValue());
    }
}
