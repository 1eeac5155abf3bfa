package org.renewalledger.infra.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.renewalledger.infra.localstack.EmbeddedPostgresServer;
import org.renewalledger.infra.localstack.LocalElasticsearchServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers this process started for itself. Each starts on first use, so a configuration that names
 * an external PostgreSQL but no Elasticsearch starts only the latter, and stops with the application.
 */
public class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final StoreProperties.LocalStack settings;
    private EmbeddedPostgresServer postgres;
    private LocalElasticsearchServer elasticsearch;
    private int postgresPort;
    private int elasticsearchPort;

    public LocalStack(StoreProperties.LocalStack settings) {
        this.settings = settings;
    }

    public synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            Path dir = dataDir().resolve("postgres");
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            try {
                // Once started, a restart keeps the port: the connection pools already point there.
                postgres = EmbeddedPostgresServer.start(dir, postgresPort > 0 ? postgresPort : settings.postgresPort());
                postgresPort = postgres.port();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return new PostgresEndpoint(postgres.host(), postgres.port(), postgres.database(), postgres.username(),
                postgres.password());
    }

    public synchronized String elasticsearchUrl() {
        if (elasticsearch == null) {
            Path dir = dataDir().resolve("elasticsearch");
            Path javaHome = Path.of(blankToDefault(settings.javaHome(), System.getProperty("java.home")));
            log.info("Starting Elasticsearch from {} with data in {}", settings.elasticsearchHome(), dir);
            try {
                elasticsearch = LocalElasticsearchServer.start(settings.elasticsearchHome(), dir, javaHome,
                        settings.elasticsearchHeap(), settings.startupTimeout(), elasticsearchPort);
                elasticsearchPort = elasticsearch.httpPort();
            } catch (IOException e) {
                throw new UncheckedIOException("The local Elasticsearch node did not start", e);
            }
        }
        return elasticsearch.httpUrl();
    }

    /** Stops the local Elasticsearch node; {@link #elasticsearchUrl()} starts it again on the same port. */
    public synchronized void stopElasticsearch() {
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
        try {
            return Files.createDirectories(settings.dataDir().toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local stack's data directory " + settings.dataDir(), e);
        }
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public synchronized void close() throws Exception {
        if (elasticsearch != null) {
            elasticsearch.close();
            elasticsearch = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
