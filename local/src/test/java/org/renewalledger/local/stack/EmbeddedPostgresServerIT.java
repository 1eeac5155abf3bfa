package org.renewalledger.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real PostgreSQL binaries: data must survive a clean restart and a killed owner JVM. */
class EmbeddedPostgresServerIT {

    @TempDir
    Path tempDirectory;

    @Test
    void dataSurvivesRestartOnTheSameDirectory() throws Exception {
        Path dataDirectory = tempDirectory.resolve("pg");

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            assertThat(postgres.database()).isEqualTo("renewal");
            assertThat(postgres.username()).isEqualTo("postgres");
            assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/renewal");
            execute(postgres, "CREATE TABLE ledger_entry (id INT PRIMARY KEY, note TEXT NOT NULL)");
            execute(postgres, "INSERT INTO ledger_entry VALUES (1, 'kept across restarts')");
        }

        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            assertThat(noteOfEntry1(postgres)).contains("kept across restarts");
        }
    }

    @Test
    void startsAgainWhenAKilledJvmLeftItsPostgresRunning() throws Exception {
        Path dataDirectory = tempDirectory.resolve("pg");
        long orphanPid;
        try (ChildJvm child = ChildJvm.start(tempDirectory, "postgres", dataDirectory.toString())) {
            String jdbcUrl = child.awaitReady(Duration.ofMinutes(2));
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE ledger_entry (id INT PRIMARY KEY, note TEXT NOT NULL)");
                statement.execute("INSERT INTO ledger_entry VALUES (1, 'written before the crash')");
            }
            orphanPid = LocalProcesses.readPid(dataDirectory.resolve("postmaster.pid")).orElseThrow();
            child.kill();
        }
        try {
            assertThat(LocalProcesses.runningProcess(orphanPid)).as("postmaster outlives its killed JVM").isPresent();

            try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory, 0)) {
                assertThat(LocalProcesses.runningProcess(orphanPid)).as("orphan stopped").isEmpty();
                assertThat(noteOfEntry1(postgres)).contains("written before the crash");
            }
        } finally {
            LocalProcesses.runningProcess(orphanPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static void execute(EmbeddedPostgresServer postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Optional<String> noteOfEntry1(EmbeddedPostgresServer postgres) throws SQLException {
        try (Connection connection = connect(postgres);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT note FROM ledger_entry WHERE id = 1")) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static Connection connect(EmbeddedPostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }
}
