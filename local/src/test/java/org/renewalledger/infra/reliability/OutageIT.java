package org.renewalledger.infra.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.HttpTestSupport;
import org.renewalledger.infra.RenewalLedgerApplication;
import org.renewalledger.local.stack.LocalStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Backing services going away and coming back. Runs in an application context of its own, on a local
 * stack of its own, because it stops the servers under the application.
 */
@SpringBootTest(classes = RenewalLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HttpTestSupport.ShiftedClock.class)
class OutageIT extends HttpTestSupport {

    private static final Path DATA_DIR = freshDataDirectory();

    @Autowired
    private LocalStack localStack;

    @DynamicPropertySource
    static void ownLocalStack(DynamicPropertyRegistry registry) {
        registry.add("renewal.local-stack.data-dir", DATA_DIR::toString);
    }

    @Test
    void shouldKeepCommandsAndReadsWorkingWithoutElasticsearchAndCatchUpSearchAfterwards() {
        String token = tokenFor("street-office");
        String before = newCompoundId();
        register(token, registration(before, "停电前小区", 1990)).expectStatus().isCreated();
        eventually(() -> searchFinds(token, "停电前小区"));

        localStack.stopElasticsearch();
        try {
            String during = newCompoundId();
            register(token, registration(during, "停电中小区", 1991)).expectStatus().isCreated();
            eventually(() -> http.get().uri("/api/compounds/{id}", during).headers(h -> h.setBearerAuth(token))
                    .exchange().expectStatus().isOk());
            http.get().uri(b -> b.path("/api/compounds/search").queryParam("q", "小区").build())
                    .headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
            http.get().uri("/actuator/health").headers(h -> h.setBearerAuth(tokenFor("administrator"))).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("DEGRADED")
                    .jsonPath("$.components.elasticsearch.status").isEqualTo("DEGRADED");
        } finally {
            localStack.elasticsearchUrl(); // starts it again, on the same port
        }
        eventually(() -> searchFinds(token, "停电中小区"));
        http.get().uri("/actuator/health").exchange().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void shouldFailFastWith503WithoutPostgresAndRecoverByItself() {
        String token = tokenFor("street-office");
        localStack.stopPostgres();
        String refused = newCompoundId();
        try {
            Instant start = Instant.now();
            register(token, registration(refused, "断库小区", 1990))
                    .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                    .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        } finally {
            localStack.postgres(); // starts it again, on the same port and data
        }
        String after = newCompoundId();
        eventually(() -> register(token, registration(after, "恢复小区", 1990)).expectStatus().isCreated());
        assertThat(eventsInStream(refused)).isZero();
        eventually(() -> http.get().uri("/api/compounds/{id}", after).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk());
    }

    private void searchFinds(String token, String name) {
        http.get().uri(b -> b.path("/api/compounds/search").queryParam("q", name).build())
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.hits[0].name").isEqualTo(name);
    }
}
