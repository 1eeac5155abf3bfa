package org.renewalledger.infra.store;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The data stores: one PostgreSQL (event store and read models, through JDBC and R2DBC) and one
 * Elasticsearch, either external (URLs configured) or started here by {@link EmbeddedStores}.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    PostgresEndpoint postgresEndpoint(StoreProperties properties, ObjectProvider<EmbeddedStores> embedded) {
        StoreProperties.Postgres postgres = properties.postgres();
        return properties.usesLocalPostgres()
                ? embedded(embedded, "PostgreSQL", "RENEWAL_POSTGRES_URL").postgres()
                : PostgresEndpoint.fromJdbcUrl(postgres.url(), postgres.username(), postgres.password());
    }

    /** JDBC: Axon's event store and token store, and the projections' writes in the same transaction. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PostgresEndpoint endpoint, StoreProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("renewal-jdbc");
        config.setJdbcUrl(endpoint.jdbcUrl());
        config.setUsername(endpoint.username());
        config.setPassword(endpoint.password());
        config.setMaximumPoolSize(properties.postgres().maxPoolSize());
        // Grows to the maximum under load only: an idle process (a test context, a quiet replica) holds few.
        config.setMinimumIdle(Math.min(4, properties.postgres().maxPoolSize()));
        // Fail fast when the database is down instead of holding HTTP requests for the default 30 s.
        config.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
        // Start even while the database is briefly unreachable; the pool reconnects when it returns.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * The JDBC transactions, declared here rather than left to Boot: with R2DBC on the class path too, which of
     * Boot's two transaction managers exists would depend on auto-configuration order. Axon's units of work run
     * in these (EventStoreConfiguration).
     */
    @Bean
    PlatformTransactionManager jdbcTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** R2DBC: non-blocking reads of the read models for the HTTP side. */
    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionFactory(PostgresEndpoint endpoint, StoreProperties properties) {
        ConnectionFactory factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host(endpoint.host())
                .port(endpoint.port())
                .database(endpoint.database())
                .username(endpoint.username())
                .password(endpoint.password() == null ? "" : endpoint.password())
                .connectTimeout(Duration.ofSeconds(5))
                .build());
        return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .name("renewal-r2dbc")
                .maxSize(properties.postgres().maxPoolSize())
                .maxAcquireTime(Duration.ofSeconds(5))
                .build());
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(StoreProperties properties, ObjectProvider<EmbeddedStores> embedded) {
        String url = properties.usesLocalElasticsearch()
                ? embedded(embedded, "Elasticsearch", "RENEWAL_ELASTICSEARCH_URL").elasticsearchUrl()
                : properties.elasticsearch().url();
        // A cluster is named by several addresses, comma-separated: the client spreads requests over them and
        // passes over a node that stops answering.
        return RestClient.builder(java.util.Arrays.stream(url.split(",")).map(String::trim).filter(host -> !host.isEmpty())
                .map(HttpHost::create).toArray(HttpHost[]::new)).build();
    }

    private static EmbeddedStores embedded(ObjectProvider<EmbeddedStores> embedded, String store, String variable) {
        EmbeddedStores stores = embedded.getIfAvailable();
        if (stores == null) {
            throw new StoreNotConfiguredException(store, variable);
        }
        return stores;
    }

    @Bean
    ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return new RestClientTransport(restClient, new JacksonJsonpMapper(mapper));
    }

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    @Bean
    ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
        return new ElasticsearchAsyncClient(transport);
    }
}
