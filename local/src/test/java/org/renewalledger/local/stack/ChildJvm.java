package org.renewalledger.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link OrphaningServerMain} in a separate JVM with the test classpath and waits for its server. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path readyFile;
    private final Path output;

    private ChildJvm(Process process, Path readyFile, Path output) {
        this.process = process;
        this.readyFile = readyFile;
        this.output = output;
    }

    static ChildJvm start(Path workDirectory, String... arguments) throws IOException {
        Path readyFile = workDirectory.resolve("child.ready");
        Path output = workDirectory.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OrphaningServerMain.class.getName(), arguments[0], arguments[1], readyFile.toString()));
        command.addAll(List.of(arguments).subList(2, arguments.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ChildJvm(process, readyFile, output);
    }

    /** Waits until the child's server is up and returns the URL it reported. */
    String awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(readyFile)) {
            if (!process.isAlive() || System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("child JVM did not get its server ready; its output:\n"
                        + LocalProcesses.tail(output, 80));
            }
            Thread.sleep(200);
        }
        return Files.readString(readyFile).trim();
    }

    /** SIGKILL: the JVM gets no chance to stop what it started. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
