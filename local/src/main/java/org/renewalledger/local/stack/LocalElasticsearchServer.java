package org.renewalledger.local.stack;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch, run from an unpacked distribution whose home is treated as read-only; everything
 * it writes (config copy, keystore, data, logs, temp files, pid file) goes to the caller's data directory, so indices
 * survive restarts.
 *
 * <p>Elasticsearch refuses to run as root. When this JVM is root, the node runs as the system user
 * {@value #SERVICE_USER} (created if missing) through {@code runuser}; the data directory is handed to that user.
 *
 * <p>Process tree: the Java {@link Process} is {@code runuser} (or, without root, the Elasticsearch CLI launcher),
 * which starts the CLI, which starts the real server JVM. That server's pid is in {@code elasticsearch.pid}; it is the
 * one signalled on stop, since SIGTERM to it is Elasticsearch's documented graceful shutdown.
 */
public final class LocalElasticsearchServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearchServer.class);

    static final String SERVICE_USER = "renewal-es";
    static final String CLUSTER_NAME = "renewal-ledger-local";
    private static final String HOST = "127.0.0.1";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 60;

    private final Process process;
    private final Path pidFile;
    private final Path dataDirectory;
    private final Path consoleLog;
    private final String httpUrl;
    private final long startedAt;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ProcessHandle server;

    private LocalElasticsearchServer(Process process, Path pidFile, Path dataDirectory, Path consoleLog, String httpUrl,
                                     long startedAt) {
        this.process = process;
        this.pidFile = pidFile;
        this.dataDirectory = dataDirectory;
        this.consoleLog = consoleLog;
        this.httpUrl = httpUrl;
        this.startedAt = startedAt;
        this.server = process.toHandle();
    }

    /**
     * A node's place in a cluster of several on loopback: its name, and every member's name and transport port, so
     * the nodes find each other ({@code discovery.seed_hosts}) and elect the first master among themselves
     * ({@code cluster.initial_master_nodes}, read only when the cluster forms for the first time).
     */
    record Membership(String nodeName, List<String> memberNames, List<Integer> memberTransportPorts) {
    }

    /**
     * Starts a node and waits until the cluster is at least yellow.
     *
     * @param elasticsearchHome the unpacked distribution (read-only)
     * @param dataDirectory     where config, data and logs live; created if missing, kept on close
     * @param javaHome          the JDK that runs Elasticsearch (ES_JAVA_HOME); this distribution has none bundled
     * @param heap              heap size for -Xms and -Xmx, e.g. "512m"
     * @param startupTimeout    how long to wait for the cluster to turn yellow
     */
    public static LocalElasticsearchServer start(Path elasticsearchHome, Path dataDirectory, Path javaHome, String heap,
                                                 Duration startupTimeout) throws IOException {
        return start(elasticsearchHome, dataDirectory, javaHome, heap, startupTimeout, 0);
    }

    /**
     * As {@link #start(Path, Path, Path, String, Duration)}, on a given HTTP port (0 for a free one), so that
     * a restarted node is found where clients already point.
     */
    public static LocalElasticsearchServer start(Path elasticsearchHome, Path dataDirectory, Path javaHome, String heap,
                                                 Duration startupTimeout, int port) throws IOException {
        LocalElasticsearchServer node = launch(elasticsearchHome, dataDirectory, javaHome, heap,
                port > 0 ? port : LocalProcesses.freeLoopbackPort(), LocalProcesses.freeLoopbackPort(), null);
        node.awaitReady(startupTimeout, 1);
        return node;
    }

    /**
     * Starts a node's processes and returns at once; {@link #awaitReady} waits for it. A node of a cluster
     * ({@code membership} not null) is ready only when the others run too, so a cluster launches all, then waits.
     */
    static LocalElasticsearchServer launch(Path elasticsearchHome, Path dataDirectory, Path javaHome, String heap,
                                           int httpPort, int transportPort, Membership membership) throws IOException {
        Path home = elasticsearchHome.toAbsolutePath().normalize();
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path executable = home.resolve("bin/elasticsearch");
        if (!Files.isRegularFile(executable)) {
            throw new IOException("No Elasticsearch distribution at " + home + " (missing bin/elasticsearch)");
        }
        if (!Files.isRegularFile(javaHome.resolve("bin/java"))) {
            throw new IOException("No JDK at " + javaHome + " (missing bin/java)");
        }

        Path pidFile = directory.resolve("elasticsearch.pid");
        stopOrphanedNode(pidFile, directory);

        Path configDirectory = prepareDirectories(home, directory, httpPort, transportPort, membership);

        boolean root = LocalProcesses.isRoot();
        if (root) {
            ensureServiceUser();
            LocalProcesses.runChecked(List.of("chown", "-R", SERVICE_USER + ":", directory.toString()));
            checkServiceUserCanUse(directory, executable, javaHome.resolve("bin/java"));
        }

        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", javaHome.toAbsolutePath().toString(),
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap,
                "ES_PATH_CONF", configDirectory.toString(),
                // Keeps the server's temp files (native libraries, etc.) with the rest of its state...
                "ES_TMPDIR", directory.resolve("tmp").toString(),
                // ...and the launcher's: it leaves an empty /tmp/final-flags* directory behind on every start.
                "CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + directory.resolve("tmp"));
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--", "env"));
            environment.forEach((name, value) -> command.add(name + "=" + value));
        }
        command.addAll(List.of(executable.toString(), "-p", pidFile.toString()));

        Path consoleLog = directory.resolve("logs/console.log");
        rotate(consoleLog);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // The launcher warns about (and ignores) JAVA_HOME; it must never pick up our JVM's options either.
        builder.environment().keySet().removeAll(List.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        if (!root) {
            builder.environment().putAll(environment);
        }

        long startedAt = System.nanoTime();
        log.info("Starting Elasticsearch from {} on {}:{} (data in {}, JDK {})", home, HOST, httpPort, directory, javaHome);
        Process process = builder.start();
        return new LocalElasticsearchServer(process, pidFile, directory, consoleLog, "http://" + HOST + ":" + httpPort, startedAt);
    }

    /** Waits until the cluster has {@code nodes} nodes and is at least yellow; stops this node if it does not get there. */
    void awaitReady(Duration startupTimeout, int nodes) throws IOException {
        try {
            awaitYellow(process, httpUrl, startupTimeout, consoleLog, nodes);
        } catch (IOException | RuntimeException e) {
            stop(process, findServer(pidFile, process));
            throw e;
        }
        server = findServer(pidFile, process);
        log.info("Elasticsearch ready at {} (pid {}) after {} ms", httpUrl, server.pid(),
                Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
    }

    /**
     * A JVM that was killed never stopped its node, which keeps running and holds the data directory's lock
     * (node.lock), so a new node would fail. The pid file tells which process to stop; it is only stopped if its
     * command line shows an Elasticsearch using this directory's temp dir, in case the pid was reused meanwhile.
     */
    private static void stopOrphanedNode(Path pidFile, Path directory) throws IOException {
        Optional<Long> pid = LocalProcesses.readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = LocalProcesses.runningProcess(pid.get());
        String commandLine = LocalProcesses.commandLine(pid.get());
        // Our launch always sets ES_TMPDIR, which the server JVM gets as -Djava.io.tmpdir; no other node has ours.
        if (orphan.isPresent() && commandLine.contains("org.elasticsearch")
                && commandLine.contains("-Djava.io.tmpdir=" + directory.resolve("tmp") + " ")) {
            log.warn("Stopping orphaned Elasticsearch (pid {}) left running on {}", pid.get(), directory);
            requestShutdown(orphan.get());
            LocalProcesses.awaitExitOrKill(orphan.get(), STOP_GRACE);
        }
        Files.deleteIfExists(pidFile);
    }

    /** Creates the directory layout and writes this start's elasticsearch.yml; returns the config directory. */
    private static Path prepareDirectories(Path home, Path directory, int httpPort, int transportPort, Membership membership)
            throws IOException {
        Path config = directory.resolve("config");
        if (!Files.isDirectory(config)) {
            copyTree(home.resolve("config"), config); // jvm.options, log4j2.properties, ... from the distribution
        }
        for (String sub : List.of("data", "logs", "tmp")) {
            Files.createDirectories(directory.resolve(sub));
        }
        // Nothing runs on the directory now (an orphan was stopped before), so the old temp files are garbage.
        deleteContents(directory.resolve("tmp"));
        // Rewritten on every start: the ports change each time, and edits to this file would be lost anyway.
        String yaml = String.join("\n",
                "# Written by " + LocalElasticsearchServer.class.getName() + " on every start; do not edit.",
                "cluster.name: " + CLUSTER_NAME,
                "node.name: " + (membership == null ? CLUSTER_NAME : membership.nodeName()),
                discovery(membership),
                "network.host: " + HOST,
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                "path.data: " + yamlString(directory.resolve("data")),
                "path.logs: " + yamlString(directory.resolve("logs")),
                "xpack.security.enabled: false",
                // A dev machine's disk may be fuller than the watermarks; never turn indices read-only for that.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "");
        Files.writeString(config.resolve("elasticsearch.yml"), yaml, StandardCharsets.UTF_8);
        return config;
    }

    /** One node: no discovery at all. Several: each other's transport ports on loopback, and who may be the first master. */
    private static String discovery(Membership membership) {
        if (membership == null) {
            return "discovery.type: single-node";
        }
        return "discovery.seed_hosts: [" + String.join(", ", membership.memberTransportPorts().stream()
                .map(port -> "\"" + HOST + ":" + port + "\"").toList()) + "]\n"
                + "cluster.initial_master_nodes: [" + String.join(", ", membership.memberNames().stream()
                .map(name -> "\"" + name + "\"").toList()) + "]";
    }

    private static String yamlString(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteContents(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Keeps the previous run's console output next to the new one, for post-mortems. */
    private static void rotate(Path consoleLog) throws IOException {
        if (Files.exists(consoleLog)) {
            Files.move(consoleLog, consoleLog.resolveSibling("console.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ensureServiceUser() throws IOException {
        if (LocalProcesses.run(List.of("id", SERVICE_USER)).exitCode() == 0) {
            return;
        }
        LocalProcesses.CommandResult added =
                LocalProcesses.run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", SERVICE_USER));
        // A concurrent start may have created it in between; only a still-missing user is an error.
        if (added.exitCode() != 0 && LocalProcesses.run(List.of("id", SERVICE_USER)).exitCode() != 0) {
            throw new IOException("Could not create system user " + SERVICE_USER + ": " + added.output().trim());
        }
        log.info("Created system user {} to run Elasticsearch (it refuses to run as root)", SERVICE_USER);
    }

    /** Asks the service user itself, so that untraversable parent directories are caught with a clear message. */
    private static void checkServiceUserCanUse(Path directory, Path executable, Path java) throws IOException {
        record Check(String testFlag, Path path, String why, String fix) {
        }
        String traversable = "every folder above it must be traversable by that user (chmod o+x)";
        for (Check check : List.of(
                new Check("-w", directory, "write its data directory", traversable + ", or start with "
                        + "RENEWAL_DATA_DIR set to a folder outside private home folders"),
                new Check("-x", executable, "run the Elasticsearch launcher", traversable + ", or delete "
                        + "the folder so that the next start unpacks the server again"),
                new Check("-x", java, "run the JDK", traversable + "; or install a JDK 17+ under /usr/lib/jvm "
                        + "or set renewal.local-stack.java-home to one that user can run"))) {
            List<String> test = List.of("runuser", "-u", SERVICE_USER, "--", "test", check.testFlag(),
                    check.path().toString());
            if (LocalProcesses.run(test).exitCode() != 0) {
                throw new LocalStackException("Elasticsearch refuses to run as root, so it runs as the user "
                        + SERVICE_USER + ", who cannot " + check.why() + " at " + check.path() + ".",
                        "Make it reachable: " + check.fix() + ".");
            }
        }
    }

    /**
     * As root: whether the service user (created if missing) can reach {@code directory}, that is traverse every
     * folder above it and enter it.
     */
    static boolean serviceUserCanReach(Path directory) throws IOException {
        ensureServiceUser();
        return LocalProcesses.run(List.of("runuser", "-u", SERVICE_USER, "--", "test", "-x", directory.toString()))
                .exitCode() == 0;
    }

    private static void awaitYellow(Process process, String httpUrl, Duration timeout, Path consoleLog, int nodes)
            throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(httpUrl + "/_cluster/health?wait_for_status=yellow&wait_for_nodes=" + nodes + "&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("Elasticsearch exited with code " + process.exitValue()
                        + " while starting; end of " + consoleLog + ":\n" + LocalProcesses.tail(consoleLog, LOG_TAIL_LINES));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Connection refused until the HTTP layer is up; keep polling.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for Elasticsearch");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("Elasticsearch did not reach yellow within " + timeout + "; end of "
                        + consoleLog + ":\n" + LocalProcesses.tail(consoleLog, LOG_TAIL_LINES));
            }
            LocalProcesses.sleep(POLL_INTERVAL);
        }
    }

    /**
     * The server JVM: from the pid file Elasticsearch writes, or else the descendant running its main class (the
     * pid file may not exist yet when a start fails early). Falls back to the launched process itself.
     */
    private static ProcessHandle findServer(Path pidFile, Process process) {
        return LocalProcesses.readPid(pidFile)
                .flatMap(LocalProcesses::runningProcess)
                .or(() -> process.descendants()
                        .filter(p -> LocalProcesses.commandLine(p.pid()).contains("org.elasticsearch.bootstrap"))
                        .findFirst())
                .orElse(process.toHandle());
    }

    /** Asks the node to stop, waits for it and the launcher to end, then forces them if they do not. */
    private static void stop(Process process, ProcessHandle server) throws InterruptedIOException {
        // Taken first: a launcher that dies re-parents its server, which then no longer shows up as a descendant.
        // This matters when a start fails early, before the pid file exists and `server` is only the launcher.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        requestShutdown(server);
        LocalProcesses.awaitExitOrKill(server, STOP_GRACE);
        // With the server gone the CLI and runuser end by themselves; kill them if they linger.
        for (ProcessHandle remaining : tree) {
            LocalProcesses.awaitExitOrKill(remaining, Duration.ofSeconds(10));
        }
    }

    /**
     * SIGTERM to the CLI launcher, the server JVM's parent: its shutdown hook stops the server and both exit 0.
     * SIGTERM straight to the server stops it just as gracefully, but the launcher then logs "Elasticsearch exited
     * unexpectedly, with exit code 143", so that is only the fallback when the launcher is gone.
     */
    private static void requestShutdown(ProcessHandle server) {
        server.parent()
                .filter(parent -> LocalProcesses.commandLine(parent.pid()).contains("org.elasticsearch.launcher"))
                .orElse(server)
                .destroy();
    }

    /**
     * Kills the node's server JVM at once (SIGKILL), as a crashed machine would lose it: no shutdown, no hand-over.
     * For tests of a cluster that loses a node.
     */
    public void kill() {
        if (closed.compareAndSet(false, true)) {
            server.destroyForcibly();
            process.destroyForcibly();
        }
    }

    /** Base URL of the HTTP API, e.g. {@code http://127.0.0.1:41234}. */
    public String httpUrl() {
        return httpUrl;
    }

    public String host() {
        return HOST;
    }

    public int httpPort() {
        return URI.create(httpUrl).getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the node gracefully (up to ~30 s, then kills it) and keeps the data directory. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long stoppingAt = System.nanoTime();
        try {
            stop(process, server);
            log.info("Elasticsearch on {} stopped after {} ms", dataDirectory,
                    Duration.ofNanos(System.nanoTime() - stoppingAt).toMillis());
        } catch (InterruptedIOException e) {
            process.destroyForcibly();
            server.destroyForcibly();
            log.warn("Interrupted while stopping Elasticsearch on {}; killed it", dataDirectory);
        }
    }
}
