package org.renewalledger.infra.store;

import java.net.URI;

/** One PostgreSQL database, as both JDBC (event store, projections' writes) and R2DBC (reads) reach it. */
public record PostgresEndpoint(String host, int port, String database, String username, String password) {

    /** Parses {@code jdbc:postgresql://host[:port]/database}. */
    public static PostgresEndpoint fromJdbcUrl(String jdbcUrl, String username, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("renewal.postgres.url must be jdbc:postgresql://host:port/database, got " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new PostgresEndpoint(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, username, password);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
