package org.renewalledger.infra.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.local.demo.DemoUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A street office's multi-year programme, its annual plan's named compounds, and who closes a ranking, through HTTP,
 * in county 520528 under the default policy (assessment-2026.3). Street office 520528001 has five compounds of 2
 * buildings, 50 households and 3,000 m² each; 001–003 started on 1 June 2024, 004 on 1 April 2025, 005 never. Its
 * programme: 2024 3 compounds / 6 buildings / 150 households / 9,000 m², 2025 4 / 8 / 200 / 12,000, 2026 2 / 4 / 100 /
 * 6,000. Its 2024 plan starts 3 and names 001–004 to implement (实施) and 005 to prepare (谋划). The county's housing
 * bureau has a 2024 plan of its own (one completion), so December 2024's ranking includes it. The test clock stands
 * in December 2025.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentProgrammeIT extends IntegrationTest {

    private static final String COUNTY = "520528";
    private static final String OFFICE = "520528001";
    private static boolean seeded;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private EventStore eventStore;

    @Autowired
    private DemoTokenIssuer issuer;

    private String admin;

    @BeforeEach
    void seedOnce() {
        admin = tokenFor("administrator");
        if (seeded) {
            return;
        }
        for (int i = 1; i <= 5; i++) {
            String id = compound(i);
            register(admin, Map.of("compoundId", id, "name", "船山" + i + "号院", "jurisdictionCode", COUNTY,
                    "streetOfficeCode", OFFICE, "streetOfficeName", "介福路街道", "builtYear", 1996, "buildings", 2,
                    "households", 50, "floorArea", "3000.00")).expectStatus().isCreated();
        }
        for (int i = 1; i <= 3; i++) {
            append(compound(i), LocalDate.of(2024, 6, 1));
        }
        append(compound(4), LocalDate.of(2025, 4, 1));
        post(admin, "/api/assessments/programmes", programme(List.of(year(2024, 3, 6, 150, "9000.00"),
                year(2025, 4, 8, 200, "12000.00"), year(2026, 2, 4, 100, "6000.00")))).expectStatus().isOk();
        post(admin, "/api/assessments/plans", plan("STREET_OFFICE", OFFICE, 3, 0, 6, 150, "9000.00")).expectStatus().isOk();
        List<Map<String, Object>> named = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            named.add(Map.of("compoundId", compound(i), "tier", "IMPLEMENT"));
        }
        named.add(Map.of("compoundId", compound(5), "tier", "PREPARE"));
        post(admin, "/api/assessments/plans/compounds", Map.of("unitKind", "STREET_OFFICE", "unitId", OFFICE,
                "assessingJurisdiction", COUNTY, "year", 2024, "compounds", named)).expectStatus().isOk();
        post(admin, "/api/assessments/plans", plan("DEPARTMENT", COUNTY + "-HOUSING_BUREAU", 0, 1, 0, 0, "0.00"))
                .expectStatus().isOk();
        seeded = true;
    }

    @Test
    @Order(1)
    void shouldReadTheProgrammeYearByYearAndInTotal() {
        String uri = "/api/assessments/" + COUNTY + "/programmes/" + OFFICE;
        eventually(() -> assertThat(get(admin, uri).path("total").path("targets").get(0).path("reached").asLong()).isEqualTo(4));
        JsonNode progress = get(admin, uri);
        assertThat(progress.path("programmeId").asText()).isEqualTo("programme-520528001-2024");
        assertThat(progress.path("programme").path("eventType").asText()).isEqualTo("ProgrammeSet");
        JsonNode years = progress.path("years");
        assertThat(years.size()).isEqualTo(3);
        assertThat(values(years.get(0).path("targets"), "kind")).containsExactly("STARTS", "BUILDINGS", "HOUSEHOLDS", "FLOOR_AREA");
        assertThat(values(years.get(0).path("targets"), "reached")).containsExactly("3", "6", "150", "9000");
        assertThat(values(years.get(0).path("targets"), "percentReached")).containsOnly("10000");
        assertThat(values(years.get(1).path("targets"), "reached")).containsExactly("1", "2", "50", "3000");
        assertThat(values(years.get(1).path("targets"), "percentReached")).containsOnly("2500");
        assertThat(values(years.get(2).path("targets"), "reached")).containsOnly("0");
        // 4 of 9 compounds, 8 of 18 buildings, 200 of 450 households, 12,000 of 27,000 m²: 44.44 % each
        assertThat(values(progress.path("total").path("targets"), "target")).containsExactly("9", "18", "450", "27000");
        assertThat(values(progress.path("total").path("targets"), "percentReached")).containsOnly("4444");
        assertThat(years.get(0).path("starts").size()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void shouldAssessAYearWithoutAnAnnualPlan_againstTheProgrammesYear() {
        // 30 June is day 181 of 365: 49 % due, 2 of 4 starts (1 made: 30.00), 98 of 200 households (50: 20.40), report missing
        String june = "/api/assessments/" + COUNTY + "/2025-06/units/" + OFFICE;
        eventually(() -> assertThat(get(admin, june).path("result").path("scoreHundredths").asInt()).isEqualTo(4940));
        JsonNode unit = get(admin, june);
        assertThat(unit.path("plan").path("eventType").asText()).isEqualTo("ProgrammeSet");
        assertThat(values(unit.path("indicators"), "target")).startsWith("4", "200");
        assertThat(unit.path("result").path("lagging").asBoolean()).isTrue();
        assertThat(unit.path("programme").path("years").get(1).path("targets").get(0).path("reached").asInt()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void shouldCountANamedCompoundNotStartedByTheDeadline_againstTheUnit_andNameIt() {
        String december = "/api/assessments/" + COUNTY + "/2024-12/units/" + OFFICE;
        // 3 of 3 starts, 150 of 150 households: 100.00, less 1.00 (no report) and 0.50 (004 not started)
        eventually(() -> assertThat(get(admin, december).path("result").path("scoreHundredths").asInt()).isEqualTo(9850));
        JsonNode unit = get(admin, december);
        assertThat(values(unit.path("planCompounds"), "status"))
                .containsExactly("STARTED", "STARTED", "STARTED", "NOT_STARTED", "PENDING");
        assertThat(values(unit.path("deductions"), "item")).contains("计划实施小区逾期未开工：520528001-004");
        assertThat(values(unit.path("deductions"), "points")).contains("50");
        assertThat(unit.path("deductions").get(1).path("facts").get(0).path("eventType").asText()).isEqualTo("PlanCompoundsListed");
        // the programme beside the month, as of its end: 2024's three starts, the 2025 start not yet
        assertThat(unit.path("programme").path("total").path("targets").get(0).path("reached").asInt()).isEqualTo(3);
    }

    @Test
    @Order(4)
    void shouldLeaveTheCloseOfARankingThatIncludesTheBureau_toTheReviewOffice() {
        String month = "/api/assessments/" + COUNTY + "/2024-12";
        eventually(() -> assertThat(get(admin, month).path("units").size()).isEqualTo(2));
        expectProblem(post(token(Role.HOUSING_BUREAU, COUNTY), month + "/close", Map.of()), 403, "ASSESSMENT_OWN_RANKING");
        post(token(Role.DISCIPLINE_OFFICE, COUNTY), month + "/close", Map.of()).expectStatus().isOk();
        eventually(() -> assertThat(get(admin, month).path("issues").size()).isEqualTo(1));
        expectProblem(post(token(Role.HOUSING_BUREAU, COUNTY), month + "/reissue", Map.of("reason", "更正")), 403,
                "ASSESSMENT_OWN_RANKING");
    }

    @Test
    @Order(5)
    void shouldScopeTheProgramme_andRefuseBadInput() {
        expectProblem(http.get().uri("/api/assessments/" + COUNTY + "/programmes/" + OFFICE)
                .headers(h -> h.setBearerAuth(tokenFor("housing-bureau"))).exchange(), 403, "ACCESS_DENIED");
        expectProblem(http.get().uri("/api/assessments/" + COUNTY + "/programmes/520528009")
                .headers(h -> h.setBearerAuth(admin)).exchange(), 404, "RESOURCE_NOT_FOUND");
        expectProblem(post(admin, "/api/assessments/programmes", programme(List.of(year(2024, 3, 6, 150, "9000.00"),
                year(2026, 2, 4, 100, "6000.00")))), 400, "VALIDATION_FAILED");
        expectProblem(post(tokenFor("street-office"), "/api/assessments/programmes",
                programme(List.of(year(2024, 3, 6, 150, "9000.00")))), 403, "ACCESS_DENIED");
    }

    // ---- steps ----------------------------------------------------------------------------------------

    private static String compound(int n) {
        return String.format("%s-%03d", OFFICE, n);
    }

    private static Map<String, Object> year(int year, int compounds, int buildings, int households, String floorArea) {
        return Map.of("year", year, "compounds", compounds, "buildings", buildings, "households", households, "floorArea", floorArea);
    }

    private static Map<String, Object> programme(List<Map<String, Object>> years) {
        return Map.of("unitKind", "STREET_OFFICE", "unitId", OFFICE, "assessingJurisdiction", COUNTY, "years", years);
    }

    private static Map<String, Object> plan(String kind, String unitId, int toStart, int toComplete, int buildings, int households,
                                            String floorArea) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitKind", kind);
        body.put("unitId", unitId);
        body.put("assessingJurisdiction", COUNTY);
        body.put("year", 2024);
        body.put("compoundsToStart", toStart);
        body.put("compoundsToComplete", toComplete);
        body.put("buildings", buildings);
        body.put("households", households);
        body.put("floorArea", floorArea);
        body.put("fundsToSpend", "0.00");
        body.put("startsOn", "2024-03-01");
        body.put("deadline", "2024-12-31");
        return body;
    }

    private String token(Role role, String jurisdiction) {
        return issuer.issue(new DemoUser("programme-" + role.name().toLowerCase() + "-" + jurisdiction, "考核测试", role, jurisdiction))
                .accessToken();
    }

    /** Appends a construction start to the compound's stream, as the lifecycle would after its earlier steps. */
    private void append(String compoundId, LocalDate reachedOn) {
        Long last = jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, compoundId);
        MetaData metaData = MetaData.from(Map.of(MetaDataKeys.ACTOR_ID, "seed-loader", MetaDataKeys.ACTOR_ROLE,
                "IMPLEMENTING_ENTITY", MetaDataKeys.ACTOR_JURISDICTION, COUNTY, MetaDataKeys.CORRELATION_ID,
                UUID.randomUUID().toString()));
        Milestone started = Milestone.CONSTRUCTION_STARTED;
        eventStore.publish(new GenericDomainEventMessage<>("Compound", compoundId, last + 1,
                new MilestoneReachedEvent(CompoundId.of(compoundId), started, started.reaches(), reachedOn, "船山-开工", 0), metaData));
    }

    private WebTestClient.ResponseSpec post(String token, String uri, Map<String, Object> body) {
        return http.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private JsonNode get(String token, String uri) {
        try {
            return json.readTree(http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void expectProblem(WebTestClient.ResponseSpec response, int status, String code) {
        JsonNode problem;
        try {
            problem = json.readTree(response.expectStatus().isEqualTo(status)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(problem.path("code").asText()).isEqualTo(code);
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }
}
