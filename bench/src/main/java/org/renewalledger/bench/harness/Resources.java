package org.renewalledger.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What each workload cost the machine, so a figure can be read against where the time went: the CPU time of the
 * service's JVM, of PostgreSQL, of Elasticsearch and of the load generator (this JVM) separately, from
 * {@code /proc/<pid>/stat} of each process tree; the service's GC pause time (its {@code jvm.gc.pause} metric) and
 * the load generator's; and the checkpoints and autovacuum / autoanalyze runs PostgreSQL made meanwhile.
 */
final class Resources {

    /** One measured stretch of the run. CPU and GC in seconds. */
    record Usage(String workload, double seconds, double serviceCpu, double postgresCpu, double elasticsearchCpu,
                 double loadGeneratorCpu, double serviceGc, double loadGeneratorGc, long checkpoints, long autovacuums,
                 long autoanalyzes) {

        String row() {
            return "| " + workload + " | " + Run.number(seconds) + " | " + Run.number(serviceCpu) + " | " + Run.number(postgresCpu)
                    + " | " + Run.number(elasticsearchCpu) + " | " + Run.number(loadGeneratorCpu) + " | " + Run.number(serviceGc)
                    + " | " + Run.number(loadGeneratorGc) + " | " + checkpoints + " | " + autovacuums + " / " + autoanalyzes + " |";
        }
    }

    static final String HEADER = "| measured stretch | wall s | CPU s: service | PostgreSQL | Elasticsearch | load generator "
            + "| GC pause s: service | load generator | checkpoints | autovacuum / autoanalyze runs |\n"
            + "|---|---|---|---|---|---|---|---|---|---|\n";

    private record Snapshot(long nanos, double service, double postgres, double elasticsearch, double loadGenerator,
                            double serviceGc, double loadGeneratorGc, long checkpoints, long autovacuums, long autoanalyzes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long servicePid;
    private final Path dataDir;
    private final String jdbcUrl;
    private final Http http;
    private final double ticksPerSecond = clockTicks();
    private final List<Usage> usages = new ArrayList<>();

    Resources(long servicePid, Path dataDir, String jdbcUrl, Http http) {
        this.servicePid = servicePid;
        this.dataDir = dataDir;
        this.jdbcUrl = jdbcUrl;
        this.http = http;
    }

    /** Runs {@code measured} and records what it cost under {@code workload}. */
    <T> T measure(String workload, Trials.Measurement<T> measured) throws Exception {
        Snapshot before = snapshot();
        T result = measured.run();
        Snapshot after = snapshot();
        synchronized (usages) {
            usages.add(new Usage(workload, (after.nanos() - before.nanos()) / 1e9, after.service() - before.service(),
                    after.postgres() - before.postgres(), after.elasticsearch() - before.elasticsearch(),
                    after.loadGenerator() - before.loadGenerator(), after.serviceGc() - before.serviceGc(),
                    after.loadGeneratorGc() - before.loadGeneratorGc(), after.checkpoints() - before.checkpoints(),
                    after.autovacuums() - before.autovacuums(), after.autoanalyzes() - before.autoanalyzes()));
        }
        return result;
    }

    List<Usage> usages() {
        synchronized (usages) {
            return List.copyOf(usages);
        }
    }

    private Snapshot snapshot() throws Exception {
        long[] postgres = postgresCounters();
        return new Snapshot(System.nanoTime(), cpuSeconds(Stream.of(servicePid)),
                cpuSeconds(postmaster().map(Resources::withDescendants).orElse(Stream.empty())),
                cpuSeconds(ProcessHandle.of(servicePid).stream().flatMap(ProcessHandle::descendants)
                        .filter(commandLineContains("elasticsearch")).map(ProcessHandle::pid)),
                cpuSeconds(Stream.of(ProcessHandle.current().pid())), serviceGcSeconds(), loadGeneratorGcSeconds(),
                postgres[0], postgres[1], postgres[2]);
    }

    /** Checkpoints (timed and requested), autovacuum runs and autoanalyze runs so far, PostgreSQL 14 to 17. */
    private long[] postgresCounters() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
            long checkpoints;
            boolean checkpointer;
            try (ResultSet row = statement.executeQuery("SELECT to_regclass('pg_catalog.pg_stat_checkpointer') IS NOT NULL")) {
                row.next();
                checkpointer = row.getBoolean(1);
            }
            try (ResultSet row = statement.executeQuery(checkpointer
                    ? "SELECT num_timed + num_requested FROM pg_stat_checkpointer"
                    : "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter")) {
                row.next();
                checkpoints = row.getLong(1);
            }
            try (ResultSet row = statement.executeQuery(
                    "SELECT coalesce(sum(autovacuum_count), 0), coalesce(sum(autoanalyze_count), 0) FROM pg_stat_user_tables")) {
                row.next();
                return new long[] {checkpoints, row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** The service's GC pauses so far, from its own metric (administrators may read the actuator). */
    private double serviceGcSeconds() throws Exception {
        var answer = http.get(ProvinceLoader.ADMIN, "/actuator/metrics/jvm.gc.pause");
        if (answer.statusCode() == 404) {
            return 0; // no collection yet: the metric appears with the first
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /actuator/metrics/jvm.gc.pause answered " + answer.statusCode());
        }
        for (JsonNode measurement : JSON.readTree(answer.body()).path("measurements")) {
            if (measurement.path("statistic").asText().equals("TOTAL_TIME")) {
                return measurement.path("value").asDouble();
            }
        }
        return 0;
    }

    private static double loadGeneratorGcSeconds() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(millis -> millis > 0).sum() / 1_000.0;
    }

    /** The postmaster, from the pid file in its data directory (it runs apart from the service's process tree). */
    private Optional<Long> postmaster() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir, 4)) {
            Optional<Path> pidFile = files.filter(path -> path.getFileName().toString().equals("postmaster.pid")).findFirst();
            if (pidFile.isEmpty()) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile.get()).stream().findFirst().map(String::trim).map(Long::parseLong);
        }
    }

    private static Stream<Long> withDescendants(long pid) {
        return Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid));
    }

    private static Predicate<ProcessHandle> commandLineContains(String text) {
        return process -> {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"))).contains(text);
            } catch (IOException gone) {
                return false;
            }
        };
    }

    /**
     * User and system time of the processes, and of their children that ended and were reaped (a PostgreSQL backend
     * whose connection closed counts in the postmaster's {@code cutime}); a process that ends between two snapshots
     * leaves the sum, so figures are lower bounds when processes come and go.
     */
    private double cpuSeconds(Stream<Long> pids) {
        return pids.mapToLong(Resources::cpuTicks).sum() / ticksPerSecond;
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of proc(5)); utime, stime, cutime, cstime are fields 14–17
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (Exception | Error unknown) {
            return 100; // Linux's USER_HZ nearly everywhere
        }
    }
}
