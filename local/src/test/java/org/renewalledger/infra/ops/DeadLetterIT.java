package org.renewalledger.infra.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/** A handler that throws on one event parks it; the others flow on; an operator sees it and retries it. */
class DeadLetterIT extends IntegrationTest {

    @Test
    void shouldParkTheEventAHandlerCannotProcessAndLetOperatorsRetryIt() {
        String token = tokenFor("street-office");
        String admin = tokenFor("administrator");
        String poisoned = newCompoundId();
        String healthy = newCompoundId();
        PoisonTestProjection.fixed = false;
        register(token, registration(poisoned, "毒小区", 1990)).expectStatus().isCreated();
        register(token, registration(healthy, "健康小区", 1990)).expectStatus().isCreated();

        // The healthy event went through the same faulty projection, and every other projection has both.
        eventually(() -> assertThat(PoisonTestProjection.handled).contains(healthy));
        eventually(() -> http.get().uri("/api/compounds/{id}", poisoned).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk());
        eventually(() -> assertThat(letters(admin)).anySatisfy(letter -> {
            assertThat(letter.processingGroup()).isEqualTo(PoisonTestProjection.GROUP);
            assertThat(letter.aggregateIdentifier()).isEqualTo(poisoned);
            assertThat(letter.causeType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(letter.causeMessage()).contains(poisoned);
        }));
        assertThat(PoisonTestProjection.handled).doesNotContain(poisoned);

        // A read's tag that validates now (every processor has settled) ...
        String read = "/api/compounds/" + poisoned;
        java.util.concurrent.atomic.AtomicReference<String> tag = new java.util.concurrent.atomic.AtomicReference<>();
        eventually(() -> {
            tag.set(http.get().uri(read).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                    .returnResult(String.class).getResponseHeaders().getETag());
            http.get().uri(read).headers(h -> {
                h.setBearerAuth(token);
                h.setIfNoneMatch(tag.get());
            }).exchange().expectStatus().isNotModified();
        });

        PoisonTestProjection.fixed = true;
        http.post().uri("/api/admin/dead-letters/{group}/retry", PoisonTestProjection.GROUP)
                .headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lettersRemaining").isEqualTo(0);
        assertThat(PoisonTestProjection.handled).contains(poisoned);
        assertThat(letters(admin)).noneMatch(letter -> poisoned.equals(letter.aggregateIdentifier()));
        // ... no longer does: the retried letter wrote its rows without moving any processor (docs/OPERATIONS.md)
        http.get().uri(read).headers(h -> {
            h.setBearerAuth(token);
            h.setIfNoneMatch(tag.get());
        }).exchange().expectStatus().isOk();
    }

    @Test
    void shouldNotGiveTheAuditSealerADeadLetterQueue() {
        http.post().uri("/api/admin/dead-letters/event-seal/retry")
                .headers(h -> h.setBearerAuth(tokenFor("administrator"))).exchange()
                .expectStatus().isNotFound();
    }

    private List<DeadLetterView> letters(String admin) {
        DeadLetterView[] letters = http.get().uri("/api/admin/dead-letters").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody(DeadLetterView[].class).returnResult().getResponseBody();
        return Arrays.asList(letters);
    }
}
