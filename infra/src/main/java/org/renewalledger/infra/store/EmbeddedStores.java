package org.renewalledger.infra.store;

/**
 * Servers this process starts for itself when no URL names one: the local stack of the {@code local} module. The
 * production application has none, so there a URL left empty is a configuration error
 * ({@link StoreNotConfiguredException}).
 */
public interface EmbeddedStores {

    /** Starts PostgreSQL if it is not running yet and tells where it is. */
    PostgresEndpoint postgres();

    /** Starts Elasticsearch if it is not running yet and answers its base URL. */
    String elasticsearchUrl();
}
