package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The slice through HTTP on the real servers: register, read back, list, search, and every refusal. */
class CompoundRegistrationIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRegisterACompoundAndServeItByIdByStreetOfficeAndBySearch() {
        String token = tokenFor("street-office");
        String id = newCompoundId();
        String name = "幸福里" + id.substring(10) + "小区";

        register(token, registration(id, name, 1995))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/compounds/" + id)
                .expectBody().jsonPath("$.id").isEqualTo(id);

        // read right after the 201, without polling: the read waits for the read model to catch up (ReadScope)
        http.get().uri("/api/compounds/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo(name)
                .jsonPath("$.floorArea").isEqualTo(18650.50)
                .jsonPath("$.households").isEqualTo(240)
                .jsonPath("$.status").isEqualTo("SURVEYED")
                .jsonPath("$.registeredBy").isEqualTo("street-office");

        http.get().uri("/api/compounds?streetOffice=520523001&size=200").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.compoundId == '" + id + "')].name").isEqualTo(name);

        eventually(() -> http.get().uri(b -> b.path("/api/compounds/search").queryParam("q", name).build())
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.hits[0].compoundId").isEqualTo(id));
    }

    @Test
    void shouldFindCompoundsByAChineseFragmentOfTheirName() {
        String token = tokenFor("housing-bureau");
        String plainId = newCompoundId();
        String gardenId = newCompoundId();
        register(token, registration(plainId, "红旗新村", 1988)).expectStatus().isCreated();
        register(token, registration(gardenId, "桂花园小区", 1992)).expectStatus().isCreated();

        eventually(() -> http.get().uri(b -> b.path("/api/compounds/search").queryParam("q", "桂花").build())
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody()
                // other tests' compounds may share the fragment (the survey import's 桂花苑): found, not necessarily first
                .jsonPath("$.hits[?(@.compoundId == '" + gardenId + "')]").exists()
                .jsonPath("$.hits[?(@.compoundId == '" + plainId + "')]").doesNotExist());
    }

    @Test
    void shouldRecordWhoWhenWhyAndUnderWhichPolicyOnTheEvent() throws Exception {
        String token = tokenFor("street-office");
        String id = newCompoundId();
        String correlationId = "survey-batch-" + id.substring(10);
        Instant before = Instant.now().plus(CLOCK_SHIFT);

        http.post().uri("/api/compounds")
                .headers(h -> h.setBearerAuth(token))
                .header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration(id, "和平里小区", 1990))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Correlation-Id", correlationId);

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT metadata, timestamp, payloadtype, payloadrevision FROM domainevententry WHERE aggregateidentifier = ?", id);
        JsonNode metaData = json.readTree((byte[]) stored.get("metadata"));
        assertThat(metaData.path("actorId").asText()).isEqualTo("street-office");
        assertThat(metaData.path("actorRole").asText()).isEqualTo("STREET_OFFICE");
        assertThat(metaData.path("actorJurisdiction").asText()).isEqualTo("520523001");
        assertThat(metaData.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(metaData.path("causationId").asText()).isNotBlank().isNotEqualTo(correlationId);
        assertThat(metaData.path("policyVersion").asText()).isEqualTo("default-2026.2");
        assertThat(stored.get("payloadtype")).isEqualTo("org.renewalledger.kernel.compound.CompoundRegisteredEvent");
        assertThat(stored.get("payloadrevision")).isEqualTo("1");
        // The event's time comes from the injected clock, which the tests run a year behind the wall clock.
        Instant recordedAt = Instant.parse((String) stored.get("timestamp"));
        assertThat(Duration.between(before, recordedAt)).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }

    @Test
    void shouldRefuseAnIneligibleCompoundWithTheRuleAndWriteNothing() {
        String token = tokenFor("street-office");
        String id = newCompoundId();

        register(token, registration(id, "新建小区", 2005))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("COMPOUND_NOT_ELIGIBLE")
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.field").isEqualTo("builtYear")
                .jsonPath("$.detail").isEqualTo("Built in 2005; the programme takes compounds built before 2000, "
                        + "or before 2005 within its extension cap");

        assertThat(eventsInStream(id)).isZero();
        http.get().uri("/api/compounds/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("COMPOUND_NOT_FOUND");
    }

    @Test
    void shouldRefuseASecondRegistrationOfTheSameCode() {
        String token = tokenFor("street-office");
        String id = newCompoundId();
        register(token, registration(id, "光明小区", 1990)).expectStatus().isCreated();

        register(token, registration(id, "光明小区（重复）", 1990))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("COMPOUND_ALREADY_REGISTERED");
        assertThat(eventsInStream(id)).isEqualTo(1);
    }

    @Test
    void shouldAnswerMalformedInputWithA400NamingTheField() {
        String token = tokenFor("street-office");
        Map<String, Object> wrongType = new HashMap<>(registration(newCompoundId(), "某小区", 1990));
        wrongType.put("builtYear", "nineteen-ninety");
        register(token, wrongType).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.field").isEqualTo("builtYear");

        Map<String, Object> missing = new HashMap<>(registration(newCompoundId(), "某小区", 1990));
        missing.remove("households");
        register(token, missing).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("households");

        Map<String, Object> tooPrecise = new HashMap<>(registration(newCompoundId(), "某小区", 1990));
        tooPrecise.put("floorArea", "100.123");
        register(token, tooPrecise).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("floorArea");

        http.post().uri("/api/compounds").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"compoundId\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("Exception", "java."));
    }

    @Test
    void shouldRequireAToken() {
        http.get().uri("/api/compounds/{id}", newCompoundId()).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("AUTHENTICATION_REQUIRED");
        http.get().uri("/api/compounds/{id}", newCompoundId()).headers(h -> h.setBearerAuth("not-a-token")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void shouldRefuseRolesAndJurisdictionsThatMayNotRegisterAndWriteNothing() {
        String auditorsTry = newCompoundId();
        register(tokenFor("auditor"), registration(auditorsTry, "审计小区", 1990))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");

        String neighboursTry = newCompoundId();
        register(tokenFor("street-office-2"), registration(neighboursTry, "邻居小区", 1990))
                .expectStatus().isForbidden();

        assertThat(eventsInStream(auditorsTry)).isZero();
        assertThat(eventsInStream(neighboursTry)).isZero();
    }
}
