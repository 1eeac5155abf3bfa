package org.renewalledger.local.stack;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.renewalledger.infra.store.EmbeddedStores;
import org.renewalledger.infra.store.PostgresEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers this process started for itself. Each starts on first use, so a configuration that names
 * an external PostgreSQL but no Elasticsearch starts only the latter, and stops with the application.
 *
 * <p>The first start takes the data directory's lock ({@link DataDirectoryLock}) and keeps it until close. Where
 * Elasticsearch lives: the server from the jar is unpacked by {@link ElasticsearchDistribution}; its node's state is
 * {@code elasticsearch} in the data directory. As root the node runs as an unprivileged user, who may not reach a
 * data directory below a private folder (root's home is 0700): then the node's state is a folder of
 * {@value ElasticsearchDistribution#SYSTEM_DIRECTORY}/nodes that {@code elasticsearch} in the data directory links to.
 */
public class LocalStack implements EmbeddedStores, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** Below this, a server that did not start most likely ran out of space: initdb alone writes 40 MB. */
    private static final long MINIMUM_FREE_SPACE = 256L * 1024 * 1024;

    private final LocalStackProperties settings;
    private DataDirectoryLock lock;
    private EmbeddedPostgresServer postgres;
    private LocalElasticsearchServer elasticsearch;
    private LocalElasticsearchCluster cluster;
    private int postgresPort;
    private int elasticsearchPort;
    private List<Integer> clusterPorts = List.of();

    public LocalStack(LocalStackProperties settings) {
        this.settings = settings;
    }

    @Override
    public synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            Path dir = dataDir().resolve("postgres");
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            try {
                // Once started, a restart keeps the port: the connection pools already point there.
                postgres = EmbeddedPostgresServer.start(dir, postgresPort > 0 ? postgresPort : settings.postgresPort());
                postgresPort = postgres.port();
            } catch (IOException | RuntimeException e) {
                throw failure("Embedded PostgreSQL did not start on " + dir, dir, "PostgreSQL's lines in the log above",
                        e);
            }
        }
        return new PostgresEndpoint(postgres.host(), postgres.port(), postgres.database(), postgres.username(),
                postgres.password());
    }

    @Override
    public synchronized String elasticsearchUrl() {
        if (settings.elasticsearchNodes() > 1) {
            return clusterUrls();
        }
        if (elasticsearch == null) {
            startElasticsearch("The local Elasticsearch node", "logs/console.log", (home, dir, javaHome) -> {
                log.info("Starting Elasticsearch from {} with data in {}", home, dir);
                elasticsearch = LocalElasticsearchServer.start(home, dir, javaHome, settings.elasticsearchHeap(),
                        settings.startupTimeout(), elasticsearchPort);
                elasticsearchPort = elasticsearch.httpPort();
            });
        }
        return elasticsearch.httpUrl();
    }

    /**
     * A cluster of {@code elasticsearch-nodes} nodes on loopback, each with its state in {@code elasticsearch/node-<n>}
     * of the data directory; the service gets every node's address.
     */
    private String clusterUrls() {
        if (cluster == null) {
            startElasticsearch("The local Elasticsearch cluster", "node-1/logs/console.log", (home, dir, javaHome) -> {
                Files.createDirectories(dir);
                log.info("Starting a cluster of {} Elasticsearch nodes from {} with data in {}", settings.elasticsearchNodes(),
                        home, dir);
                cluster = LocalElasticsearchCluster.start(home, dir, javaHome, settings.elasticsearchHeap(),
                        settings.startupTimeout(), settings.elasticsearchNodes(), clusterPorts);
                clusterPorts = cluster.httpPorts();
            });
        }
        return cluster.httpUrls();
    }

    /**
     * Finds the Elasticsearch server (the configured home, or the one unpacked from the jar), picks where its state
     * lives ({@code elasticsearch} in the data directory, or where the service user can reach it) and starts it with
     * {@code start}. A failure names {@code what}, the state's folder and the console log to read, relative to it.
     */
    private void startElasticsearch(String what, String consoleLog, ElasticsearchStart start) {
        Path dataDir = dataDir();
        Path javaHome = Path.of(blankToDefault(settings.javaHome(), System.getProperty("java.home")));
        Path dir = dataDir.resolve("elasticsearch");
        try {
            boolean root = LocalProcesses.isRoot();
            Path home = settings.elasticsearchHome() != null && !settings.elasticsearchHome().toString().isBlank()
                    ? settings.elasticsearchHome()
                    : ElasticsearchDistribution.unpacked(settings.elasticsearchVersion(),
                            ElasticsearchDistribution.parentFor(root, dataDir));
            dir = root ? nodeDirectoryForServiceUser(dataDir) : dir;
            start.start(home, dir, javaHome);
        } catch (IOException | RuntimeException e) {
            throw failure(what + " did not start on " + dir, dir, dir.resolve(consoleLog).toString(), e);
        }
    }

    /** Starts a node or a cluster from the server in {@code home}, with its state in {@code dir}. */
    @FunctionalInterface
    private interface ElasticsearchStart {
        void start(Path home, Path dir, Path javaHome) throws IOException;
    }

    /**
     * The node's state in the data directory when the service user can reach it there, else in a folder of
     * {@value ElasticsearchDistribution#SYSTEM_DIRECTORY}/nodes linked from the data directory; the link made by an
     * earlier start is followed, so the node finds its indices again.
     */
    private static Path nodeDirectoryForServiceUser(Path dataDir) throws IOException {
        Path link = dataDir.resolve("elasticsearch");
        if (Files.isSymbolicLink(link)) {
            Path target = Files.readSymbolicLink(link);
            Files.createDirectories(target);
            return target.toRealPath();
        }
        if (Files.isDirectory(link) || LocalElasticsearchServer.serviceUserCanReach(dataDir)) {
            return link;
        }
        Path node = Path.of(ElasticsearchDistribution.SYSTEM_DIRECTORY, "nodes", UUID.randomUUID().toString());
        Files.createDirectories(node);
        Files.createSymbolicLink(link, node);
        log.info("The Elasticsearch user cannot reach {}; its node keeps its data in {} (linked from {})", dataDir,
                node, link);
        return node;
    }

    /** Stops the local Elasticsearch node; {@link #elasticsearchUrl()} starts it again on the same port. */
    public synchronized void stopElasticsearch() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
        if (elasticsearch != null) {
            elasticsearch.close();
            elasticsearch = null;
        }
    }

    /** Stops the embedded PostgreSQL; {@link #postgres()} starts it again on the same port and data. */
    public synchronized void stopPostgres() {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private Path dataDir() {
        Path dir = settings.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            if (lock == null) {
                lock = DataDirectoryLock.acquire(dir);
            }
            return dir;
        } catch (IOException e) {
            throw failure("Cannot use the data directory " + dir, dir, "the log above", e);
        }
    }

    /** A cause and a fix for the person starting the service; a full disk is told apart from the rest. */
    private static LocalStackException failure(String what, Path where, String log, Throwable e) {
        if (e instanceof LocalStackException known) {
            return known;
        }
        long free = usableSpace(where);
        if (isDiskFull(e) || free < MINIMUM_FREE_SPACE) {
            return new LocalStackException(what + ": the disk is full (" + free / (1024 * 1024) + " MB free, and "
                    + "PostgreSQL and Elasticsearch need at least " + MINIMUM_FREE_SPACE / (1024 * 1024) + " MB).",
                    "Free some space on the disk that holds " + where + ", or move the data elsewhere "
                            + "(RENEWAL_DATA_DIR=/a/folder/on/a/larger/disk), and start again.", e);
        }
        String firstLine = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new LocalStackException(what + ": " + firstLine,
                "See " + log + " (--debug adds the stack trace); a data directory that is not needed any more can be "
                        + "deleted to start from nothing.", e);
    }

    /**
     * The free space where the failed server writes, or {@code Long.MAX_VALUE} when it cannot be told. Read after the
     * failure: a server that ran out of space may have removed what it wrote (initdb does), so the disk looks less
     * full than it was, but never fuller.
     */
    private static long usableSpace(Path where) {
        for (Path path = where; path != null; path = path.getParent()) {
            try {
                if (Files.exists(path)) {
                    return Files.getFileStore(path).getUsableSpace();
                }
            } catch (IOException e) {
                return Long.MAX_VALUE;
            }
        }
        return Long.MAX_VALUE;
    }

    private static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("No space left on device")
                    || t instanceof FileSystemException fs && String.valueOf(fs.getReason()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public synchronized void close() throws Exception {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
        if (elasticsearch != null) {
            elasticsearch.close();
            elasticsearch = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
