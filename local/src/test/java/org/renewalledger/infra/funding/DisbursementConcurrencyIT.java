package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Disbursements racing over one allocation through HTTP on the real stack: the allocation is never
 * overspent, and retries of one idempotency key record exactly one event.
 */
class DisbursementConcurrencyIT extends FundingIntegrationTest {

    private static final int RACERS = 200;
    private static final int RETRIES = 100;

    @LocalServerPort
    private int port;

    /** Every request really in flight at once: one connection each, none queued in the client. */
    private ConnectionProvider connections;
    private WebClient client;

    @BeforeEach
    void openConnections() {
        connections = ConnectionProvider.builder("racers").maxConnections(RACERS).pendingAcquireMaxCount(-1).build();
        client = WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
                .build();
    }

    @AfterEach
    void closeConnections() {
        connections.dispose();
    }

    @Test
    void shouldNeverDisburseMoreThanAllocated_when200DisbursementsRaceOverOneAllocation() {
        String finance = tokenFor("finance-bureau");
        String projectId = newProjectId();
        post(finance, projectId, "allocations", allocation("CENTRAL_SUBSIDY", "100.00", projectId + "-alloc"))
                .expectStatus().isCreated();
        completeProject(projectId);

        // 200 payments of ¥1.00 against ¥100.00: exactly 100 can be made, whatever the interleaving.
        List<Answer> answers = race(RACERS, i -> disbursement("CENTRAL_SUBSIDY", "1.00", projectId + "-pay-" + i), finance,
                projectId);

        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 422).containsEntry(201, 100L).containsEntry(422, 100L);
        assertThat(answers).filteredOn(answer -> answer.status() == 422)
                .allSatisfy(answer -> assertThat(parse(answer.body()).path("code").asText())
                        .isEqualTo("DISBURSEMENT_EXCEEDS_ALLOCATION"));

        List<byte[]> payloads = jdbc.queryForList("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype = 'org.renewalledger.kernel.funding.SubsidyDisbursedEvent'", byte[].class, projectId);
        long disbursedFen = payloads.stream().mapToLong(payload -> parse(payload).path("amount").path("fen").asLong()).sum();
        assertThat(payloads).hasSize(100);
        assertThat(disbursedFen).isEqualTo(10_000L);

        String auditor = tokenFor("auditor");
        eventually(() -> {
            var funding = getJson(auditor, "/api/projects/{id}/funding", projectId);
            assertThat(funding.path("disbursed").decimalValue()).isEqualByComparingTo("100.00");
            assertThat(funding.path("available").decimalValue()).isEqualByComparingTo("0.00");
            assertThat(funding.path("spendingProgressPercent").decimalValue()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void shouldRecordExactlyOneEvent_when100RetriesRaceWithOneIdempotencyKey() {
        String finance = tokenFor("finance-bureau");
        String projectId = newProjectId();
        post(finance, projectId, "allocations", allocation("LOCAL_BUDGET", "1000.00", projectId + "-alloc"))
                .expectStatus().isCreated();
        completeProject(projectId);
        String paymentReference = projectId + "-payment-order-0001";

        List<Answer> answers = race(RETRIES, i -> disbursement("LOCAL_BUDGET", "250.00", paymentReference), finance, projectId);

        assertThat(answers).extracting(Answer::status).containsOnly(201, 200);
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).extracting(answer -> parse(answer.body()).path("entryId").asText()).containsOnly(projectId + "-E2");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype = 'org.renewalledger.kernel.funding.SubsidyDisbursedEvent'", Long.class, projectId))
                .isEqualTo(1L);

        // The same reference for a different payment is a caller's mistake, refused rather than answered.
        post(finance, projectId, "disbursements", disbursement("LOCAL_BUDGET", "250.01", paymentReference))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsInStream(projectId)).isEqualTo(5); // allocation, three milestones, one disbursement
    }

    @Test
    void shouldRefuseAKeyOnOneProject_whenAnotherProjectAlreadyRecordedIt() {
        String finance = tokenFor("finance-bureau");
        String first = newProjectId();
        String second = newProjectId();
        String voucher = "voucher-" + first;
        post(finance, first, "allocations", allocation("PROVINCIAL_SUBSIDY", "80.00", voucher)).expectStatus().isCreated();

        post(finance, second, "allocations", allocation("PROVINCIAL_SUBSIDY", "80.00", voucher))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED")
                .jsonPath("$.detail").isEqualTo("Idempotency key " + voucher + " already recorded entry " + first + "-E1");
        assertThat(eventsInStream(second)).isZero();
        post(finance, first, "allocations", allocation("PROVINCIAL_SUBSIDY", "80.00", voucher)).expectStatus().isOk();
    }

    private List<Answer> race(int count, Function<Integer, Map<String, Object>> body, String token, String projectId) {
        return Flux.range(0, count)
                .flatMap(i -> client.post().uri("/api/projects/{id}/funding/disbursements", projectId)
                        .headers(h -> h.setBearerAuth(token))
                        .bodyValue(body.apply(i))
                        .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                                .map(text -> new Answer(response.statusCode().value(), text))), count)
                .collectList()
                .block(Duration.ofMinutes(5));
    }

    private record Answer(int status, String body) {
    }
}
