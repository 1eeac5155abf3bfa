package org.renewalledger.local.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by the tests: starts a server, writes its URL to a "ready" file and then waits to be killed with
 * SIGKILL, so the server is left running without its owner, as after a crashed or killed application.
 *
 * <pre>
 * postgres      DATA_DIR READY_FILE
 * elasticsearch DATA_DIR READY_FILE ES_HOME JAVA_HOME
 * </pre>
 */
public final class OrphaningServerMain {

    private OrphaningServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[1]);
        Path readyFile = Path.of(args[2]);
        String url;
        if ("postgres".equals(args[0])) {
            url = EmbeddedPostgresServer.start(dataDirectory, 0).jdbcUrl();
        } else {
            url = LocalElasticsearchServer.start(Path.of(args[3]), dataDirectory, Path.of(args[4]), "512m",
                    Duration.ofMinutes(3)).httpUrl();
        }
        Path partial = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        Files.writeString(partial, url);
        Files.move(partial, readyFile); // atomic: the test never reads half a URL
        Thread.sleep(Long.MAX_VALUE); // never closes the server on purpose
    }
}
