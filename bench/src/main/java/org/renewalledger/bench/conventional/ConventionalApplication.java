package org.renewalledger.bench.conventional;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Workload 7's opponent, booted in the bench's own JVM on the service's PostgreSQL (schema {@code bench_jpa},
 * recreated each run): Spring Boot's JPA defaults (Hikari, Hibernate, Envers' default audit strategy), a pool of 32
 * for the 32 clients.
 */
@SpringBootApplication
public class ConventionalApplication {

    public static ConfigurableApplicationContext start(String jdbcUrl, int poolSize) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench_jpa CASCADE");
            statement.execute("CREATE SCHEMA bench_jpa");
        }
        return new SpringApplicationBuilder(ConventionalApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.hikari.maximum-pool-size=" + poolSize,
                        "spring.jpa.hibernate.ddl-auto=create",
                        "spring.jpa.open-in-view=false",
                        "spring.jpa.properties.hibernate.default_schema=bench_jpa",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        // the unique-key races the caller retries are expected; do not print each one
                        "logging.level.org.hibernate.orm.jdbc.error=OFF",
                        "logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=OFF")
                .run();
    }
}
