package org.renewalledger.local.stack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small operating-system helpers shared by the local-stack servers: free ports, "am I root", running a short command,
 * and finding and stopping processes that an earlier, killed JVM left behind.
 */
final class LocalProcesses {

    private static final Logger log = LoggerFactory.getLogger(LocalProcesses.class);

    private LocalProcesses() {
    }

    /** A port that is free on the loopback interface right now (there is a small race until the server binds it). */
    static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** True when this JVM runs as uid 0; both PostgreSQL and Elasticsearch refuse to run as root. */
    static boolean isRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            CommandResult id = run(List.of("id", "-u"));
            return id.exitCode() == 0 && "0".equals(id.output().trim());
        } catch (IOException e) {
            return false; // no `id`: not a Unix we launch anything special on
        }
    }

    /** Runs a short command to completion, stderr merged into the captured output. */
    static CommandResult run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new CommandResult(process.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new InterruptedIOException("interrupted while running " + command);
        }
    }

    /** Like {@link #run} but fails when the command exits non-zero. */
    static void runChecked(List<String> command) throws IOException {
        CommandResult result = run(command);
        if (result.exitCode() != 0) {
            throw new IOException(command + " exited with " + result.exitCode() + ": " + result.output().trim());
        }
    }

    /**
     * The process with this pid if it is running. A zombie (dead, not yet reaped by its parent) counts as gone: it
     * holds no locks or ports, and waiting for it to disappear could take forever when nobody reaps it.
     */
    static Optional<ProcessHandle> runningProcess(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> !isZombie(pid));
    }

    private static boolean isZombie(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String content = Files.readString(stat);
            // Format: "pid (comm) S ..."; comm may contain spaces and parentheses, so look after the last ')'.
            int end = content.lastIndexOf(')');
            return end > 0 && content.length() > end + 2 && content.charAt(end + 2) == 'Z';
        } catch (IOException | UncheckedIOException e) {
            return false; // no /proc (not Linux) or already gone: ProcessHandle's answer stands
        }
    }

    /** The full command line of a process, or "" when it cannot be read. Reads /proc first: it is never truncated. */
    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(handle -> handle.info().commandLine()).orElse("");
        }
    }

    /** Reads a pid from the first line of a pid file; empty when the file is missing or unreadable. */
    static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sends a named signal (e.g. "INT"); ProcessHandle only knows TERM and KILL. */
    static void signal(long pid, String signal) throws IOException {
        run(List.of("kill", "-s", signal, Long.toString(pid)));
    }

    /**
     * Waits up to {@code grace} for the process to end after the caller asked it to stop, then kills it and its
     * descendants with SIGKILL. Returns true when it ended by itself.
     */
    static boolean awaitExitOrKill(ProcessHandle process, Duration grace) throws InterruptedIOException {
        if (awaitExit(process, grace)) {
            return true;
        }
        log.warn("Process {} did not stop within {}; killing it", process.pid(), grace);
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            awaitExit(handle, Duration.ofSeconds(10));
        }
        return false;
    }

    /** Polls rather than using onExit(): for a process that is not our child, onExit cannot see zombies. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) throws InterruptedIOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runningProcess(process.pid()).isPresent()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            sleep(Duration.ofMillis(100));
        }
        return true;
    }

    static void sleep(Duration duration) throws InterruptedIOException {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** The last {@code lines} lines of a (log) file, for error messages; never throws. */
    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    record CommandResult(int exitCode, String output) {
    }
}
