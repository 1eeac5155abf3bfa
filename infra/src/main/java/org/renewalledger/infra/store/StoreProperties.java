package org.renewalledger.infra.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With {@code postgres.url} or {@code elasticsearch.url} left empty the service asks
 * {@link EmbeddedStores} (the {@code local} module's local stack) to start that server; with URLs set it uses those
 * servers and starts nothing.
 */
@ConfigurationProperties("renewal")
public record StoreProperties(Postgres postgres, Elasticsearch elasticsearch) {

    /** @param url a JDBC URL such as {@code jdbc:postgresql://db:5432/renewal}; empty for the local stack */
    public record Postgres(String url, String username, String password, int maxPoolSize) {
    }

    /** @param url such as {@code http://search:9200}; empty for the local stack */
    public record Elasticsearch(String url) {
    }


    public boolean usesLocalPostgres() {
        return postgres.url() == null || postgres.url().isBlank();
    }

    public boolean usesLocalElasticsearch() {
        return elasticsearch.url() == null || elasticsearch.url().isBlank();
    }
}
