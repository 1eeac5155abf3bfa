package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The 2005 extension within the county's 15% cap, through HTTP on the real servers. Other tests register
 * compounds in the same county, so each test reads the programme's counts from its stream first and works
 * from there: after admitting, extension places are at most 15/100 of all places.
 */
class ExtensionCapIT extends IntegrationTest {

    private static final String PROGRAMME = "programme-520523";
    private static final String EXTENSION_RULE = "built before 2005 within the 15/100 extension cap";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAdmitA2004CompoundWithinTheCap_andRefuseTheOneOverItWithA422() throws Exception {
        String token = tokenFor("street-office");
        makeRoomForOneExtension(token);

        String admitted = newCompoundId();
        register(token, registration(admitted, "育才路" + admitted.substring(10) + "小区", 2004))
                .expectStatus().isCreated();
        assertThat(eligibilityRuleOf(admitted)).isEqualTo(EXTENSION_RULE);
        assertThat(lastAdmission().path("place").asText()).isEqualTo("EXTENSION");
        assertThat(lastAdmission().path("compoundId").toString()).contains(admitted);

        String refused = null;
        for (int attempt = 0; attempt < 1_000 && refused == null; attempt++) {
            String id = newCompoundId();
            HttpStatus status = HttpStatus.valueOf(register(token, registration(id, "建设村" + id.substring(10), 2004))
                    .returnResult(String.class).getStatus().value());
            if (status != HttpStatus.CREATED) {
                refused = id;
            }
        }
        assertThat(refused).as("a 2004 compound is refused once the cap is reached").isNotNull();
        long[] counts = counts();
        assertThat(counts[1] * 100).as("extensions within 15/100 of all places").isLessThanOrEqualTo(15 * counts[0]);

        register(token, registration(refused, "建设村（超额）", 2004))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("EXTENSION_CAP_REACHED")
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.field").isEqualTo("builtYear");
        assertThat(eventsInStream(refused)).as("no compound for a refused extension").isZero();
        assertThat(admissionsOf(refused)).as("no place for a refused extension").isZero();
        assertThat(counts()).containsExactly(counts);

        // a compound built before 2000 still takes a regular place
        String regular = newCompoundId();
        register(token, registration(regular, "老城" + regular.substring(10) + "小区", 1996)).expectStatus().isCreated();
        assertThat(eligibilityRuleOf(regular)).isEqualTo("built before 2000");
    }

    @Test
    void shouldNeverExceedTheCap_whenExtensionsRaceForTheLastPlaces() throws Exception {
        String token = tokenFor("street-office");
        makeRoomForOneExtension(token);
        long[] before = counts();

        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        WebClient client = WebClient.create(baseUrl());
        List<Mono<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = newCompoundId();
            racing.add(client.post().uri("/api/compounds").headers(h -> h.setBearerAuth(token))
                    .header("X-Correlation-Id", "race-" + id.substring(10))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(registration(id, "并发" + id.substring(10), 2003))
                    .exchangeToMono(response -> Mono.just(response.statusCode().value())));
        }
        Flux.merge(racing).doOnNext(statuses::add).blockLast(Duration.ofSeconds(120));

        long[] after = counts();
        long created = statuses.stream().filter(s -> s == 201).count();
        assertThat(statuses).hasSize(8).allMatch(s -> s == 201 || s == 422);
        assertThat(created).isGreaterThanOrEqualTo(1);
        assertThat(after[0] - before[0]).as("one place per registered compound").isEqualTo(created);
        assertThat(after[1] - before[1]).isEqualTo(created);
        assertThat(after[1] * 100).as("extensions within 15/100 of all places").isLessThanOrEqualTo(15 * after[0]);
        if (created < racing.size()) {
            assertThat((after[1] + 1) * 100).as("refused only when one more would exceed the cap")
                    .isGreaterThan(15 * (after[0] + 1));
        }
    }

    /** Registers compounds built before 2000 until one extension place is free. */
    private void makeRoomForOneExtension(String token) throws Exception {
        long[] counts = counts();
        while ((counts[1] + 1) * 100 > 15 * (counts[0] + 1)) {
            String id = newCompoundId();
            register(token, registration(id, "旧区" + id.substring(10), 1990)).expectStatus().isCreated();
            counts = counts();
        }
    }

    /** The programme's places and extension places, from its latest admission (both zero before the first). */
    private long[] counts() throws Exception {
        JsonNode last = lastAdmission();
        return last == null ? new long[] {0, 0}
                : new long[] {last.path("admittedAfter").asLong(), last.path("extensionsAfter").asLong()};
    }

    private JsonNode lastAdmission() throws Exception {
        List<String> payloads = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1", String.class, PROGRAMME);
        return payloads.isEmpty() ? null : json.readTree(payloads.get(0));
    }

    private long admissionsOf(String compoundId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, PROGRAMME, "%\"" + compoundId + "\"%");
    }

    private String eligibilityRuleOf(String compoundId) throws Exception {
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 0", String.class, compoundId);
        return json.readTree(payload).path("eligibilityRule").asText();
    }
}
