package org.renewalledger.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (zonky's embedded binaries) whose data lives in a directory the caller owns and keeps across
 * restarts.
 *
 * <p>How zonky 2.2.2 treats the directory (read in its sources): it runs {@code initdb} only when
 * {@code postgresql.conf} is missing there (or when told to clean), so an existing cluster is reused as it is; with
 * {@code setCleanDataDirectory(false)} close() leaves the directory alone. The binaries are unpacked once under
 * {@code java.io.tmpdir/embedded-pg}. As root it runs every PostgreSQL command through {@code unshare -U}, where the
 * process is "nobody" in a fresh user namespace, so PostgreSQL's refusal to run as root does not trigger and the files
 * still end up owned by root; no extra system user is needed.
 *
 * <p>Authentication is {@code trust} (initdb -A trust) and PostgreSQL listens on localhost only, so the password is
 * accepted but never checked; it is exposed only because some clients insist on having one.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static final String DATABASE = "renewal";
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String HOST = "localhost";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_GRACE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (created and initialised if needed, never cleaned) and makes sure
     * the {@code renewal} database exists.
     *
     * @param port the port to listen on, or 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        // Absolute and normalised: pg_ctl gets this path and postmaster.pid records it, and we compare against it.
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        stopOrphanedPostmaster(directory);

        long startedAt = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Nothing global: whoever starts the server decides whether a shutdown hook closes it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                // zonky tunes for throwaway test databases (-F: fsync off; synchronous_commit off). This is
                // the event store: a command acknowledged to a user must survive a crash, so both go back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Room for several processes (the split topology, test contexts) with pools of 40 + 40 each.
                .setServerConfig("max_connections", "300")
                // A province is millions of events: a buffer cache that holds the hot indexes, and checkpoints
                // spaced by volume rather than forced every 1 GB of WAL during a bulk load (docs/PERFORMANCE.md).
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IOException("PostgreSQL started but the database '" + DATABASE + "' could not be created", e);
        }
        log.info("PostgreSQL ready at {} (data in {}) after {} ms", server.jdbcUrl(), directory,
                Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
        return server;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
            log.info("Created database '{}'", DATABASE);
        }
    }

    /**
     * A JVM that was killed (SIGKILL) never ran pg_ctl stop, so its postmaster still runs on the directory and would
     * make the new one fail ("lock file postmaster.pid already exists"). Stop it the way pg_ctl would (fast
     * shutdown). A pid file whose pid now belongs to some unrelated process is stale and removed, since PostgreSQL
     * would otherwise take that process for a running postmaster. A pid file of a dead process is left to PostgreSQL,
     * which replaces it after its own shared-memory safety check.
     */
    private static void stopOrphanedPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<Long> pid = LocalProcesses.readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = LocalProcesses.runningProcess(pid.get());
        if (process.isEmpty()) {
            return;
        }
        if (!isPostmasterOf(pid.get(), pidFile, directory)) {
            log.warn("postmaster.pid names pid {}, which is not a PostgreSQL on {}; removing the stale pid file",
                    pid.get(), directory);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("Stopping orphaned PostgreSQL (pid {}) left running on {}", pid.get(), directory);
        LocalProcesses.signal(pid.get(), "INT"); // SIGINT = fast shutdown: rolls back clients, checkpoints, exits
        if (!LocalProcesses.awaitExitOrKill(process.get(), ORPHAN_STOP_GRACE)) {
            // Killed, so it could not remove its pid file; its backends are gone too (killed with it).
            Files.deleteIfExists(pidFile);
        }
    }

    private static boolean isPostmasterOf(long pid, Path pidFile, Path directory) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        // Line 2 of postmaster.pid is the data directory the postmaster was started on.
        boolean sameDirectory = lines.size() > 1 && Path.of(lines.get(1).trim()).equals(directory);
        return sameDirectory && LocalProcesses.commandLine(pid).contains("postgres");
    }

    /** JDBC URL of the {@code renewal} database, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + DATABASE;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return postgres.getPort();
    }

    public String database() {
        return DATABASE;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops PostgreSQL (pg_ctl stop -m fast) and keeps the data directory. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close(); // runs pg_ctl stop -m fast -t 5; logs rather than throws when that fails
            // If pg_ctl gave up, the postmaster still runs: stop it the same way as an orphan.
            stopOrphanedPostmaster(dataDirectory);
            log.info("PostgreSQL on {} stopped", dataDirectory);
        } catch (IOException e) {
            log.warn("Could not stop PostgreSQL on {} cleanly", dataDirectory, e);
        }
    }
}
