package org.renewalledger.infra.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    boolean isSealed(String eventIdentifier) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM event_seal WHERE event_identifier = ?)", Boolean.class, eventIdentifier));
    }

    /** The stored row: the seal covers these bytes, not a re-serialisation of the event. */
    AuditChain.SealedEvent storedEvent(String eventIdentifier) {
        return jdbc.queryForObject("SELECT " + EVENT_COLUMNS + " FROM domainevententry e WHERE e.eventidentifier = ?",
                (rs, n) -> new AuditChain.SealedEvent(0, rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBytes(9), rs.getBytes(10), null, null, null),
                eventIdentifier);
    }

    /** The last seal: its position and chain hash, or none before the first. */
    Seal head() {
        return jdbc.query("SELECT chain_position, chain_hash FROM event_seal ORDER BY chain_position DESC LIMIT 1",
                rs -> rs.next() ? new Seal(rs.getLong(1), rs.getBytes(2)) : new Seal(0, AuditChain.GENESIS));
    }

    byte[] streamHash(String aggregateIdentifier, long sequenceNumber) {
        return jdbc.query("SELECT stream_hash FROM event_seal WHERE aggregate_identifier = ? AND sequence_number = ?",
                rs -> rs.next() ? rs.getBytes(1) : null, aggregateIdentifier, sequenceNumber);
    }

    void insert(long position, AuditChain.SealedEvent event, byte[] content, byte[] stream, byte[] chain) {
        jdbc.update("INSERT INTO event_seal (chain_position, global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, content_hash, stream_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                position, event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                event.sequenceNumber(), content, stream, chain);
    }

    /**
     * Streams every seal in chain order with its event as it is stored now (null columns when the event
     * is gone), through a server-side cursor so millions of events never sit in memory at once.
     */
    void forEachSealed(Consumer<AuditChain.SealedEvent> consumer) {
        String sql = "SELECT s.chain_position, s.global_index, s.event_identifier, e.aggregateidentifier, "
                + "e.sequencenumber, e.type, e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata, "
                + "s.content_hash, s.stream_hash, s.chain_hash, s.aggregate_identifier, s.sequence_number "
                + "FROM event_seal s LEFT JOIN domainevententry e ON e.eventidentifier = s.event_identifier "
                + "ORDER BY s.chain_position";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        boolean present = rs.getBytes(10) != null;
                        consumer.accept(new AuditChain.SealedEvent(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                present ? rs.getString(4) : rs.getString(15),
                                present ? (Long) rs.getObject(5) : (Long) rs.getObject(16),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBytes(10),
                                rs.getBytes(11), rs.getBytes(12), rs.getBytes(13), rs.getBytes(14)));
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
}
