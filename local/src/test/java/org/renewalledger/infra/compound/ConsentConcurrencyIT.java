package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;

/**
 * Many clients voting on one compound at once must never lose a vote: 1,000 votes from 32 parallel clients,
 * and both the event stream and the tally hold exactly what was sent.
 */
class ConsentConcurrencyIT extends IntegrationTest {

    private static final int VOTES = 1_000;
    private static final int CLIENTS = 32;

    @Test
    void shouldCountEveryOneOfAThousandVotesSentBy32ParallelClients() throws Exception {
        String office = tokenFor("street-office");
        String id = newCompoundId();
        Map<String, Object> registration = new HashMap<>(registration(id, "大型社区" + id.substring(10), 1990));
        registration.put("households", 1_200);
        registration.put("floorArea", "96000.00");
        register(office, registration).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        // The owners' roster: unit 9-i of 60 + (i % 50) m², for every voter below.
        List<Map<String, Object>> roster = new ArrayList<>();
        for (int i = 0; i < VOTES; i++) {
            roster.add(LifecycleSteps.unit("9-" + i, (60 + i % 50) + ".00"));
        }
        project.roster(office, roster).expectStatus().isOk();

        // Owner i votes AGREE when i is even, otherwise DISAGREE; owner i holds 60 + (i % 50) m².
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < VOTES; i = next.getAndIncrement()) {
                        int owner = i;
                        statuses.add(project.vote(office, "APPLICATION", "9-" + owner, (60 + owner % 50) + ".00",
                                        owner % 2 == 0 ? "AGREE" : "DISAGREE")
                                .returnResult(Void.class).getStatus().value());
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdown();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[figures] %d votes on one compound from %d parallel clients in %d ms (%.0f votes/s)%n",
                VOTES, CLIENTS, millis, VOTES * 1000.0 / Math.max(1, millis));

        assertThat(statuses).hasSize(VOTES).allMatch(status -> status == HttpStatus.OK.value());
        // The compound's stream: registration, the roster (one sheet, one event), the count's opening (once, though
        // 32 first votes asked for it) and the note that its ballots live in the count's own stream; that stream: the
        // frozen electorate, then every vote exactly once.
        assertThat(eventsInStream(id)).isEqualTo(1 + 1 + 1 + 1);
        assertThat(eventsInStream(id + "#APPLICATION")).isEqualTo(1 + VOTES);
        long agreeArea = 0;
        long disagreeArea = 0;
        for (int i = 0; i < VOTES; i++) {
            if (i % 2 == 0) {
                agreeArea += 60 + i % 50;
            } else {
                disagreeArea += 60 + i % 50;
            }
        }
        long expectedAgreeArea = agreeArea;
        long expectedDisagreeArea = disagreeArea;
        eventually(() -> http.get().uri("/api/compounds/{id}/consent/APPLICATION", id).headers(h -> h.setBearerAuth(office))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.votesCast").isEqualTo(VOTES)
                .jsonPath("$.agreeOwners").isEqualTo(VOTES / 2)
                .jsonPath("$.disagreeOwners").isEqualTo(VOTES / 2)
                .jsonPath("$.agreeArea").isEqualTo((double) expectedAgreeArea)
                .jsonPath("$.disagreeArea").isEqualTo((double) expectedDisagreeArea));

        // The aggregate's own count, sealed in the close event, agrees with the read model.
        project.closeCount(office, "APPLICATION").expectStatus().isOk();
        Map<String, Object> closed = jdbc.queryForMap("SELECT convert_from(payload, 'UTF8')::jsonb #>> '{tally,agreeOwners}' AS agree, "
                + "convert_from(payload, 'UTF8')::jsonb #>> '{tally,disagreeOwners}' AS disagree FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%ConsentCountClosedEvent'", id);
        assertThat(closed).containsEntry("agree", String.valueOf(VOTES / 2)).containsEntry("disagree", String.valueOf(VOTES / 2));
    }
}
