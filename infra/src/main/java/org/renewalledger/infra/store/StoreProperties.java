package org.renewalledger.infra.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With {@code postgres.url} and {@code elasticsearch.url} left empty the service
 * starts its own local stack (embedded PostgreSQL and an Elasticsearch node) under {@code localStack.dataDir},
 * which survives restarts; with URLs set it uses those servers and starts nothing.
 */
@ConfigurationProperties("renewal")
public record StoreProperties(Postgres postgres, Elasticsearch elasticsearch, LocalStack localStack) {

    /** @param url a JDBC URL such as {@code jdbc:postgresql://db:5432/renewal}; empty for the local stack */
    public record Postgres(String url, String username, String password, int maxPoolSize) {
    }

    /** @param url such as {@code http://search:9200}; empty for the local stack */
    public record Elasticsearch(String url) {
    }

    /**
     * @param dataDir           survives restarts: delete it to start from nothing
     * @param elasticsearchHome the unpacked server; the build bakes in its location
     * @param javaHome          the JDK that runs Elasticsearch; empty for this JVM's
     */
    public record LocalStack(Path dataDir, int postgresPort, Path elasticsearchHome, String javaHome,
                             String elasticsearchHeap, Duration startupTimeout) {
    }

    public boolean usesLocalPostgres() {
        return postgres.url() == null || postgres.url().isBlank();
    }

    public boolean usesLocalElasticsearch() {
        return elasticsearch.url() == null || elasticsearch.url().isBlank();
    }
}
