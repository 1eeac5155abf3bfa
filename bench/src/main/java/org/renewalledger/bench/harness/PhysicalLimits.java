package org.renewalledger.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The baselines: what this machine's PostgreSQL does with rows shaped like the service's events (the same bytes
 * of payload and metadata as a real {@code ConsentRecordedEvent} row, the same three unique keys), with nothing
 * of the service in between. Each baseline writes a fresh table in schema {@code bench} and drops it when done, so
 * no baseline's rows sit in the database (its cache, its checkpoints, its autovacuum) while another workload runs.
 */
final class PhysicalLimits {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLE = """
            CREATE TABLE bench.%s (
                globalindex BIGSERIAL PRIMARY KEY, aggregateidentifier VARCHAR(255) NOT NULL, sequencenumber BIGINT NOT NULL,
                type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL UNIQUE, metadata BYTEA, payload BYTEA NOT NULL,
                payloadrevision VARCHAR(255), payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,
                UNIQUE (aggregateidentifier, sequencenumber))""";

    private final Run run;
    private byte[] payload;
    private byte[] metadata;
    private String payloadType;

    PhysicalLimits(Run run) {
        this.run = run;
    }

    /** Takes a real consent event's bytes as the row every baseline writes; (re)creates the baseline tables. */
    void prepare() throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT payload, metadata, payloadtype FROM domainevententry "
                    + "WHERE payloadtype LIKE '%ConsentRecordedEvent' ORDER BY globalindex DESC LIMIT 1")) {
                if (!row.next()) {
                    throw new IllegalStateException("No consent event to copy the shape of");
                }
                payload = row.getBytes(1);
                metadata = row.getBytes(2);
                payloadType = row.getString(3);
            }
            statement.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            statement.execute("CREATE SCHEMA bench");
        }
    }

    /** Drops the baselines' schema: the service's database is left as the run found it. */
    void dropBaselines() throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench CASCADE");
        }
    }

    private void createTable(String name) throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench." + name);
            statement.execute(TABLE.formatted(name));
        }
    }

    private void dropTable(String name) throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench." + name);
        }
    }

    /**
     * Before each workload: a CHECKPOINT, so no workload pays for the dirty pages the one before it left, and a
     * VACUUM ANALYZE, so every workload runs on fresh statistics and visibility maps rather than on whatever
     * autovacuum happened to have reached.
     */
    void settle() throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            statement.execute("VACUUM ANALYZE");
        }
    }

    /** The PostgreSQL settings the figures depend on, "name=value" as SHOW prints them. */
    java.util.List<String> settings() throws SQLException {
        java.util.List<String> settings = new java.util.ArrayList<>();
        try (Connection connection = run.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, setting, coalesce(unit, '') FROM pg_settings WHERE name IN "
                     + "('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'max_wal_size', "
                     + "'checkpoint_timeout', 'checkpoint_completion_target', 'synchronous_commit', 'fsync', 'wal_level', "
                     + "'full_page_writes', 'autovacuum', 'max_connections', 'random_page_cost', 'jit') ORDER BY name")) {
            while (rows.next()) {
                String unit = rows.getString(3);
                settings.add(rows.getString(1) + "=" + rows.getString(2) + (unit.isEmpty() ? "" : " × " + unit));
            }
        }
        return settings;
    }

    Run run() {
        return run;
    }

    int rowBytes() {
        return payload.length + metadata.length;
    }

    /** Workload 1's baseline: one durable commit per row, {@code clients} at once. */
    Load.Result singleRowInserts(int clients, int count) throws Exception {
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        String sql = "INSERT INTO bench.single_row_insert (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                + "payload, payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Compound', ?, ?, ?, '1', ?, ?)";
        java.util.List<Connection> opened = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        createTable("single_row_insert");
        try {
            return Load.run(clients, count, number -> {
                Connection connection = connections.get();
                if (connection == null) {
                    connection = run.connect();
                    opened.add(connection);
                    connections.set(connection);
                }
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setString(1, "insert-" + (number % 997));
                    insert.setLong(2, number);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.setBytes(4, metadata);
                    insert.setBytes(5, payload);
                    insert.setString(6, payloadType);
                    insert.setString(7, "2026-11-22T06:00:00.000Z");
                    return insert.executeUpdate() == 1; // autocommit: one transaction, one WAL flush per row
                }
            });
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
            dropTable("single_row_insert");
        }
    }

    /**
     * Workload 2's baseline: {@code rows} event-shaped rows by one COPY stream; rows per second. The rows are
     * generated while streaming (a province's are too many to hold), a cost the baseline carries against itself,
     * small beside PostgreSQL's.
     */
    double copy(long rows) throws Exception {
        HexFormat hex = HexFormat.of();
        String tail = "\t\\\\x" + hex.formatHex(metadata) + "\t\\\\x" + hex.formatHex(payload) + "\t1\t" + payloadType
                + "\t2026-11-22T06:00:00.000Z\n";
        createTable("copy_import");
        try (Connection connection = run.connect()) {
            long start = System.nanoTime();
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench.copy_import (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                            + "payloadrevision, payloadtype, timestamp) FROM STDIN");
            StringBuilder chunk = new StringBuilder();
            for (long row = 0; row < rows; row++) {
                chunk.append("copy-").append(row / 1_000).append('\t').append(row).append("\tCompound\t").append(UUID.randomUUID())
                        .append(tail);
                if (chunk.length() > 1 << 20 || row == rows - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            long copied = copy.endCopy();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (copied != rows) {
                throw new IllegalStateException("COPY stored " + copied + " of " + rows + " rows");
            }
            return rows / seconds;
        } finally {
            dropTable("copy_import");
        }
    }

    /** Workload 3's baseline: every event read in order and its payload and metadata parsed; events per second. */
    ScanResult scan() throws Exception {
        return scan(Long.MAX_VALUE);
    }

    /** The first {@code limit} events only: the scan's warm-up. */
    ScanResult scan(long limit) throws Exception {
        try (Connection connection = run.connect()) {
            connection.setAutoCommit(false); // a cursor, not the whole table in memory
            long start = System.nanoTime();
            long events = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT payloadtype, payload, metadata FROM domainevententry ORDER BY globalindex"
                            + (limit == Long.MAX_VALUE ? "" : " LIMIT " + limit))) {
                select.setFetchSize(1_000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                        JSON.readTree(rows.getBytes(2));
                        JSON.readTree(rows.getBytes(3));
                        events++;
                    }
                }
            }
            connection.commit();
            return new ScanResult(events, (System.nanoTime() - start) / 1e9);
        }
    }

    record ScanResult(long events, double seconds) {
        double perSecond() {
            return events / seconds;
        }
    }

    /** Workload 5's baseline: one aggregate's stream read in order and parsed, as loading it by replay would. */
    Load.Result readStream(int clients, int count, String aggregateId) throws Exception {
        java.util.List<Connection> opened = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        try {
            return Load.run(clients, count, number -> {
                Connection connection = connections.get();
                if (connection == null) {
                    connection = run.connect();
                    opened.add(connection);
                    connections.set(connection);
                }
                try (PreparedStatement select = connection.prepareStatement("SELECT payload, metadata FROM domainevententry "
                        + "WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
                    select.setString(1, aggregateId);
                    int events = 0;
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            JSON.readTree(rows.getBytes(1));
                            JSON.readTree(rows.getBytes(2));
                            events++;
                        }
                    }
                    return events > 0;
                }
            });
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    long eventCount(String aggregateId) throws SQLException {
        try (Connection connection = run.connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")) {
            count.setString(1, aggregateId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    long storeSize() throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            row.next();
            return row.getLong(1);
        }
    }

    String postgresVersion() throws SQLException {
        try (Connection connection = run.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return row.getString(1);
        }
    }
}
