package org.renewalledger.infra.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The event rows as stored and their seals, read and written through JDBC. */
@Component
class EventSealStore {

    private static final String EVENT_COLUMNS = "e.globalindex, e.eventidentifier, e.aggregateidentifier, "
            + "e.sequencenumber, e.type, e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    EventSealStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * The stored rows of these events, each with whether it is sealed already: the seal covers these bytes,
     * not a re-serialisation of the event. One query for a whole batch.
     */
    Map<String, StoredRow> storedRows(List<String> eventIdentifiers) {
        Map<String, StoredRow> rows = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                    + ", EXISTS (SELECT 1 FROM event_seal s WHERE s.event_identifier = e.eventidentifier) "
                    + "FROM domainevententry e WHERE e.eventidentifier = ANY (?)");
            statement.setArray(1, connection.createArrayOf("varchar", eventIdentifiers.toArray()));
            return statement;
        }, rs -> {
            AuditChain.SealedEvent event = new AuditChain.SealedEvent(0, rs.getLong(1), rs.getString(2),
                    rs.getString(3), (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getBytes(9), rs.getBytes(10), null, null, null);
            rows.put(event.eventIdentifier(), new StoredRow(event, rs.getBoolean(11)));
        });
        return rows;
    }

    /** The last seal: its position and chain hash, or none before the first. */
    Seal head() {
        return jdbc.query("SELECT chain_position, chain_hash FROM event_seal ORDER BY chain_position DESC LIMIT 1",
                rs -> rs.next() ? new Seal(rs.getLong(1), rs.getBytes(2)) : new Seal(0, AuditChain.GENESIS));
    }

    /** The seals of one aggregate's events by sequence number: where each stands in the chain (the dossier). */
    Map<Long, StreamSeal> streamSeals(String aggregateIdentifier) {
        Map<Long, StreamSeal> seals = new HashMap<>();
        jdbc.query("SELECT sequence_number, chain_position, content_hash FROM event_seal WHERE aggregate_identifier = ?",
                rs -> {
                    seals.put(rs.getLong(1), new StreamSeal(rs.getLong(2), rs.getBytes(3)));
                }, aggregateIdentifier);
        return seals;
    }

    byte[] streamHash(String aggregateIdentifier, long sequenceNumber) {
        return jdbc.query("SELECT stream_hash FROM event_seal WHERE aggregate_identifier = ? AND sequence_number = ?",
                rs -> rs.next() ? rs.getBytes(1) : null, aggregateIdentifier, sequenceNumber);
    }

    /** Writes a batch's seals in one JDBC batch, in chain order. */
    void insert(List<NewSeal> seals) {
        if (seals.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO event_seal (chain_position, global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, content_hash, stream_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                seals.stream().map(seal -> new Object[] {seal.position(), seal.event().globalIndex(),
                        seal.event().eventIdentifier(), seal.event().aggregateIdentifier(),
                        seal.event().sequenceNumber(), seal.content(), seal.stream(), seal.chain()}).toList());
    }

    private static final String SEALED_EVENTS = "SELECT s.chain_position, s.global_index, s.event_identifier, e.aggregateidentifier, "
            + "e.sequencenumber, e.type, e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata, "
            + "s.content_hash, s.stream_hash, s.chain_hash, s.aggregate_identifier, s.sequence_number "
            + "FROM event_seal s LEFT JOIN domainevententry e ON e.eventidentifier = s.event_identifier ";

    /**
     * Streams every seal in chain order with its event as it is stored now (null columns when the event
     * is gone), through a server-side cursor so millions of events never sit in memory at once.
     */
    void forEachSealed(Consumer<AuditChain.SealedEvent> consumer) {
        String sql = SEALED_EVENTS + "ORDER BY s.chain_position";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(sealedEvent(rs));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the audit chain failed", e);
        }
    }

    /**
     * Up to {@code limit} seals after {@code afterPosition}, in chain order: a keyset page, so each page is one
     * short query on the primary key and a reader that pauses holds no connection or cursor open meanwhile.
     */
    List<AuditChain.SealedEvent> sealedPage(long afterPosition, int limit) {
        return jdbc.query(SEALED_EVENTS + "WHERE s.chain_position > ? ORDER BY s.chain_position LIMIT ?",
                (rs, row) -> sealedEvent(rs), afterPosition, limit);
    }

    private static AuditChain.SealedEvent sealedEvent(ResultSet rs) throws SQLException {
        boolean present = rs.getBytes(10) != null;
        return new AuditChain.SealedEvent(rs.getLong(1), rs.getLong(2), rs.getString(3),
                present ? rs.getString(4) : rs.getString(15),
                present ? (Long) rs.getObject(5) : (Long) rs.getObject(16),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBytes(10),
                rs.getBytes(11), rs.getBytes(12), rs.getBytes(13), rs.getBytes(14));
    }

    /** Events in the store that carry no seal yet (the sealer trails the store by moments), oldest first. */
    Unsealed unsealed() {
        return jdbc.queryForObject("SELECT count(*), min(e.globalindex) FROM domainevententry e "
                        + "WHERE NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.event_identifier = e.eventidentifier)",
                (rs, n) -> new Unsealed(rs.getLong(1), (Long) rs.getObject(2)));
    }

    record Seal(long position, byte[] chainHash) {
    }

    record Unsealed(long count, Long lowestGlobalIndex) {
    }

    /** An event's place in the chain and the hash of its stored bytes, as the exported TSV shows them. */
    record StreamSeal(long chainPosition, byte[] contentHash) {
    }

    /** An event's stored row, and whether it carries a seal already. */
    record StoredRow(AuditChain.SealedEvent event, boolean sealed) {
    }

    /** A seal to write: the event's position in the chain and its three hashes. */
    record NewSeal(long position, AuditChain.SealedEvent event, byte[] content, byte[] stream, byte[] chain) {
    }
}
