package org.renewalledger.query.compound;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.ConsentTallyView;
import org.renewalledger.kernel.compound.FindConsentTallyQuery;
import org.renewalledger.kernel.compound.ConsentVotesView;
import org.renewalledger.kernel.compound.FindConsentVotesQuery;
import org.renewalledger.kernel.compound.OwnerPersonalDataErasedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.OwnerVoteView;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.renewalledger.kernel.privacy.SealedPersonalData;
import org.renewalledger.query.privacy.PersonalDataMask;
import org.renewalledger.query.privacy.PersonalDataOpener;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The consent register and its live tallies: each voter's latest vote per matter and round (a redelivered or older
 * vote never overwrites a newer one: the row keeps the aggregate sequence of the vote it holds), and per
 * matter and round the electorate — the owners' roster copied when the count opened, or for counts begun before
 * the roster, the registered households and floor area — and the verdict at closing. Each voter's row also counts
 * the votes cast for it; the tally and the number of votes ever cast are summed from the rows when asked, so they
 * can never drift.
 */
@Component
@ProcessingGroup(ConsentRegisterProjection.PROCESSING_GROUP)
class ConsentRegisterProjection {

    static final String PROCESSING_GROUP = "consent-register";

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    private final PersonalDataOpener opener;

    ConsentRegisterProjection(JdbcTemplate jdbc, DatabaseClient r2dbc, PersonalDataOpener opener) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
        this.opener = opener;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @SequenceNumber long sequence) {
        for (ConsentMatter matter : ConsentMatter.values()) {
            jdbc.update("INSERT INTO consent_count (compound_id, matter, eligible_owners, eligible_area_cm2, last_sequence) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.compoundId().value(), matter.name(), event.households(),
                    event.floorArea().squareCentimetres(), sequence);
        }
    }

    /**
     * A count opened: its electorate is the roster as the roster rows stand now (the roster projection runs in this
     * processing group, so they stand exactly as the events before this one left them). A count begun before the
     * roster carries its earlier votes as the aggregate did: a vote keyed by a unit code on the roster moves to that
     * unit's voter with the voter's area (the first unit in code order where several fall to one voter); the rest go.
     */
    @EventHandler
    void on(ConsentCountOpenedEvent event, @SequenceNumber long sequence) {
        String id = event.compoundId().value();
        String matter = event.matter().name();
        int round = event.round();
        jdbc.update("INSERT INTO consent_count (compound_id, matter, round, eligible_owners, eligible_area_cm2, last_sequence, "
                        + "electorate_basis, electorate_units, opened_at) VALUES (?, ?, ?, ?, ?, ?, 'OWNERS_ROSTER', ?, ?) "
                        + "ON CONFLICT (compound_id, matter, round) DO UPDATE SET eligible_owners = excluded.eligible_owners, "
                        + "eligible_area_cm2 = excluded.eligible_area_cm2, last_sequence = excluded.last_sequence, "
                        + "electorate_basis = excluded.electorate_basis, electorate_units = excluded.electorate_units, "
                        + "opened_at = excluded.opened_at WHERE consent_count.last_sequence < excluded.last_sequence",
                id, matter, round, event.headcount(), event.totalArea().squareCentimetres(), sequence, event.units(),
                Timestamp.from(event.openedAt()));
        jdbc.update("INSERT INTO consent_electorate (compound_id, matter, round, unit_code, area_cm2, area_basis, owners, "
                        + "developer_held, voter) SELECT compound_id, ?, ?, unit_code, area_cm2, area_basis, owners, developer_held, "
                        + "voter FROM roster_unit WHERE compound_id = ? ON CONFLICT DO NOTHING",
                matter, round, id);
        if (event.carriedBallots() + event.droppedBallots() > 0) {
            jdbc.update("WITH legacy AS (SELECT v.ballot_key, e.voter FROM consent_vote v LEFT JOIN consent_electorate e "
                            + "ON e.compound_id = v.compound_id AND e.matter = v.matter AND e.round = v.round "
                            + "AND e.unit_code = v.ballot_key WHERE v.compound_id = ? AND v.matter = ? AND v.round = ? "
                            + "AND v.unit_code IS NULL), "
                            + "kept AS (SELECT min(ballot_key COLLATE \"C\") AS ballot_key FROM legacy WHERE voter IS NOT NULL "
                            + "GROUP BY voter) "
                            + "DELETE FROM consent_vote v WHERE v.compound_id = ? AND v.matter = ? AND v.round = ? "
                            + "AND v.unit_code IS NULL AND v.ballot_key NOT IN (SELECT ballot_key FROM kept)",
                    id, matter, round, id, matter, round);
            jdbc.update("UPDATE consent_vote v SET ballot_key = e.voter, unit_code = e.unit_code, area_cm2 = "
                            + "(SELECT sum(x.area_cm2) FROM consent_electorate x WHERE x.compound_id = e.compound_id "
                            + "AND x.matter = e.matter AND x.round = e.round AND x.voter = e.voter) "
                            + "FROM consent_electorate e WHERE e.compound_id = v.compound_id AND e.matter = v.matter "
                            + "AND e.round = v.round AND e.unit_code = v.ballot_key "
                            + "AND v.compound_id = ? AND v.matter = ? AND v.round = ? AND v.unit_code IS NULL",
                    id, matter, round);
        }
    }

    @EventHandler
    void on(ConsentRecordedEvent event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant recordedAt,
            @MetaDataValue(value = MetaDataKeys.ACTOR_ID, required = false) String recordedBy) {
        String id = event.compoundId().value();
        // One statement per vote, the projection's hot path: the voter's row also counts the votes it has seen (the
        // sequence guard makes a redelivery count nothing), and the matter's total is their sum, taken when asked.
        // Personal details stay sealed here (ciphertext only); a later vote of the same owner without details keeps
        // the earlier ones, a vote signed by another co-owner does not (they are sealed for another person).
        String sealed = event.ownerDetails() == null ? null : event.ownerDetails().ciphertext();
        jdbc.update("INSERT INTO consent_vote (compound_id, matter, round, ballot_key, owner_ref, unit_code, choice, area_cm2, "
                        + "channel, cast_at, recorded_at, recorded_by, vote_sequence, sealed_details, proxy, proxy_evidence) "
                        + "VALUES (?, ?, (SELECT coalesce(max(round), 1) FROM consent_count WHERE compound_id = ? AND matter = ?), "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (compound_id, matter, round, ballot_key) DO UPDATE SET choice = excluded.choice, "
                        + "area_cm2 = excluded.area_cm2, channel = excluded.channel, cast_at = excluded.cast_at, "
                        + "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by, "
                        + "vote_sequence = excluded.vote_sequence, votes_cast = consent_vote.votes_cast + 1, "
                        + "unit_code = excluded.unit_code, proxy = excluded.proxy, proxy_evidence = excluded.proxy_evidence, "
                        + "sealed_details = CASE WHEN excluded.owner_ref = consent_vote.owner_ref "
                        + "THEN coalesce(excluded.sealed_details, consent_vote.sealed_details) ELSE excluded.sealed_details END, "
                        + "details_erased = CASE WHEN excluded.owner_ref = consent_vote.owner_ref "
                        + "THEN consent_vote.details_erased AND excluded.sealed_details IS NULL ELSE FALSE END, "
                        + "owner_ref = excluded.owner_ref "
                        + "WHERE consent_vote.vote_sequence < excluded.vote_sequence",
                id, event.matter().name(), id, event.matter().name(), event.ballotKey(), event.owner().value(),
                event.unit() == null ? null : event.unit().value(), event.choice().name(),
                event.exclusiveArea().squareCentimetres(), event.channel().name(), Timestamp.from(event.castAt()),
                Timestamp.from(recordedAt), recordedBy, sequence, sealed,
                event.proxy() == null ? null : event.proxy().proxy(), event.proxy() == null ? null : event.proxy().evidence());
    }

    @EventHandler
    void on(ConsentCountClosedEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE consent_count SET closed_at = ?, passed = ?, rule = ?, last_sequence = ?, electorate_basis = ? "
                        + "WHERE compound_id = ? AND matter = ? AND round = ? AND last_sequence < ?",
                Timestamp.from(event.closedAt()), event.passed(), event.rule(), sequence, event.electorateBasis().name(),
                event.compoundId().value(), event.matter().name(), event.round(), sequence);
    }

    /**
     * A count an earlier build held in the compound's stream moved to its own stream, carrying its votes: the rows
     * keep them, and their sequence starts over, since the count's own stream numbers the votes that follow anew.
     */
    @EventHandler
    void on(ConsentBallotsMovedEvent event) {
        if (event.carriedBallots() > 0 && event.countId().matter() != null) {
            jdbc.update("UPDATE consent_vote SET vote_sequence = -1 WHERE compound_id = ? AND matter = ? AND round = ?",
                    event.compoundId().value(), event.countId().matter().name(), event.round());
        }
    }

    /** Security: the owner's personal data was erased; even the ciphertext leaves the read model. */
    @EventHandler
    void on(OwnerPersonalDataErasedEvent event) {
        jdbc.update("UPDATE consent_vote SET sealed_details = NULL, details_erased = TRUE WHERE compound_id = ? AND owner_ref = ?",
                event.compoundId().value(), event.owner().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM consent_vote");
        jdbc.update("DELETE FROM consent_electorate");
        jdbc.update("DELETE FROM consent_count");
    }

    @QueryHandler
    CompletableFuture<Optional<ConsentTallyView>> handle(FindConsentTallyQuery query) {
        return r2dbc.sql("SELECT c.*, coalesce(sum(v.votes_cast), 0)::bigint AS votes_cast, "
                        + "count(v.owner_ref) FILTER (WHERE v.choice = 'AGREE') AS agree_owners, "
                        + "coalesce(sum(v.area_cm2) FILTER (WHERE v.choice = 'AGREE'), 0) AS agree_area, "
                        + "count(v.owner_ref) FILTER (WHERE v.choice = 'DISAGREE') AS disagree_owners, "
                        + "coalesce(sum(v.area_cm2) FILTER (WHERE v.choice = 'DISAGREE'), 0) AS disagree_area, "
                        + "count(v.owner_ref) FILTER (WHERE v.choice = 'ABSTAIN') AS abstain_owners, "
                        + "coalesce(sum(v.area_cm2) FILTER (WHERE v.choice = 'ABSTAIN'), 0) AS abstain_area "
                        + "FROM consent_count c LEFT JOIN consent_vote v "
                        + "ON v.compound_id = c.compound_id AND v.matter = c.matter AND v.round = c.round "
                        + "WHERE c.compound_id = :id AND c.matter = :matter AND c.round = "
                        + "(SELECT max(round) FROM consent_count WHERE compound_id = :id AND matter = :matter) "
                        + "GROUP BY c.compound_id, c.matter, c.round")
                .bind("id", query.compoundId().value())
                .bind("matter", query.matter().name())
                .map((row, meta) -> {
                    OffsetDateTime closedAt = row.get("closed_at", OffsetDateTime.class);
                    return new ConsentTallyView(
                            row.get("compound_id", String.class),
                            row.get("matter", String.class),
                            row.get("eligible_owners", Long.class),
                            squareMetres(row.get("eligible_area_cm2", Number.class)),
                            row.get("agree_owners", Long.class),
                            squareMetres(row.get("agree_area", Number.class)),
                            row.get("disagree_owners", Long.class),
                            squareMetres(row.get("disagree_area", Number.class)),
                            row.get("abstain_owners", Long.class),
                            squareMetres(row.get("abstain_area", Number.class)),
                            row.get("votes_cast", Long.class),
                            closedAt == null ? null : closedAt.toInstant(),
                            row.get("passed", Boolean.class),
                            row.get("rule", String.class),
                            row.get("round", Integer.class),
                            row.get("electorate_basis", String.class));
                })
                .one()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .toFuture();
    }

    /** Each owner's latest vote, with personal details opened in the vault for this answer only. */
    @QueryHandler
    CompletableFuture<ConsentVotesView> handle(FindConsentVotesQuery query) {
        String compoundId = query.compoundId().value();
        return r2dbc.sql("SELECT owner_ref, choice, area_cm2, channel, cast_at, sealed_details, details_erased "
                        + "FROM consent_vote WHERE compound_id = :id AND matter = :matter AND round = "
                        + "(SELECT max(round) FROM consent_count WHERE compound_id = :id AND matter = :matter) ORDER BY owner_ref")
                .bind("id", compoundId)
                .bind("matter", query.matter().name())
                .map((row, meta) -> new VoteRow(row.get("owner_ref", String.class), row.get("choice", String.class),
                        row.get("area_cm2", Long.class), row.get("channel", String.class),
                        row.get("cast_at", OffsetDateTime.class).toInstant(), row.get("sealed_details", String.class),
                        Boolean.TRUE.equals(row.get("details_erased", Boolean.class))))
                .all()
                .collectList()
                .flatMap(rows -> Mono.fromCallable(() -> answer(query, rows)).subscribeOn(Schedulers.boundedElastic()))
                .toFuture();
    }

    private ConsentVotesView answer(FindConsentVotesQuery query, List<VoteRow> rows) {
        List<SealedPersonalData> sealed = rows.stream().filter(row -> row.sealed() != null)
                .map(row -> new SealedPersonalData(DataSubject.ownerOf(query.compoundId(), OwnerReference.of(row.owner())),
                        row.sealed()))
                .toList();
        Map<DataSubject, ResidentDetails> opened = opener.open(sealed);
        List<OwnerVoteView> votes = rows.stream().map(row -> {
            ResidentDetails details = opened.get(DataSubject.ownerOf(query.compoundId(), OwnerReference.of(row.owner())));
            boolean erased = row.erased() || (row.sealed() != null && details == null);
            return new OwnerVoteView(row.owner(),
                    erased ? OwnerVoteView.ERASED : details == null ? null : details.name(),
                    erased ? OwnerVoteView.ERASED : details == null ? null : PersonalDataMask.phone(details.phone()),
                    erased ? OwnerVoteView.ERASED : details == null ? null : PersonalDataMask.idNumber(details.idNumber()),
                    erased, row.choice(), squareMetres(row.areaCm2()), row.channel(), row.castAt());
        }).toList();
        return new ConsentVotesView(query.compoundId().value(), query.matter().name(), votes);
    }

    private record VoteRow(String owner, String choice, long areaCm2, String channel, Instant castAt, String sealed,
                           boolean erased) {
    }

    private static BigDecimal squareMetres(Number cm2) {
        BigDecimal exact = BigDecimal.valueOf(cm2.longValue(), 4).stripTrailingZeros();
        return exact.scale() <= 2 ? exact.setScale(2) : exact;
    }

}
