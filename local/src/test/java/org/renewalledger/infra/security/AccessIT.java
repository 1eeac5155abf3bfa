package org.renewalledger.infra.security;

import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.local.demo.DemoUser;
import org.renewalledger.local.demo.DemoUsers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Authentication and the read side of the permission model (docs/SECURITY.md): expired or foreign tokens are
 * 401 problems; every read endpoint of the OpenAPI document refuses a caller from another jurisdiction and
 * answers the county's auditor and discipline office (oversight reads everything in its jurisdiction); no
 * endpoint deletes or edits a stored event; bodies and pages are capped.
 */
class AccessIT extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private DemoTokenIssuer issuer;
    @Autowired
    private java.time.Clock clock;

    @Test
    void shouldRefuseAnExpiredTokenWith401() {
        DemoUser auditor = DemoUsers.find("auditor").orElseThrow();
        Instant issuedAt = clock.instant().minus(Duration.ofHours(3));
        String expired = issuer.issue(auditor, issuedAt, Duration.ofHours(1)).accessToken();
        http.get().uri("/api/projects?within=520523").headers(h -> h.setBearerAuth(expired)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("AUTHENTICATION_REQUIRED");
        String valid = issuer.issue(auditor, issuedAt.plus(Duration.ofHours(3)), Duration.ofHours(1)).accessToken();
        http.get().uri("/api/projects?within=520523").headers(h -> h.setBearerAuth(valid)).exchange().expectStatus().isOk();
    }

    @Test
    void shouldRefuseATokenSignedByAnotherIssuer() throws Exception {
        java.nio.file.Path keyFile = java.nio.file.Files.createTempDirectory("foreign-issuer").resolve("key.jwk");
        DemoTokenIssuer foreign = new DemoTokenIssuer(keyFile, java.time.Clock.systemUTC(), Duration.ofHours(1));
        String token = foreign.issue(DemoUsers.find("administrator").orElseThrow()).accessToken();
        http.get().uri("/api/projects?within=520523").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("AUTHENTICATION_REQUIRED");
    }

    /**
     * Every GET under /api (operators' and the audit chain's endpoints aside) with its parameters filled for one
     * compound and project of 鼓场街道 (520523001): a street office of another street, a bureau of another county
     * and an administrator of another province are refused; the compound's own street office is answered.
     */
    @Test
    void shouldScopeEveryReadEndpointToTheCallersJurisdiction() throws Exception {
        String streetOffice = tokenFor("street-office");
        String compound = newCompoundId();
        String project = compound + "-2026";
        register(streetOffice, registration(compound, "范围小区", 1992)).expectStatus().isCreated();
        http.post().uri("/api/projects/{p}/funding/allocations", project).headers(h -> h.setBearerAuth(tokenFor("finance-bureau")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("jurisdictionCode", "520523",
                        "source", "CENTRAL_SUBSIDY", "amount", "1000.00", "idempotencyKey", "XD-" + compound))
                .exchange().expectStatus().isCreated();
        eventually(() -> http.get().uri("/api/compounds/" + compound).headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isOk());
        // each read model has its own processor: wait for the consent register too
        eventually(() -> http.get().uri("/api/compounds/" + compound + "/consent/APPLICATION")
                .headers(h -> h.setBearerAuth(streetOffice)).exchange().expectStatus().isOk());
        eventually(() -> http.get().uri("/api/projects/" + project + "/funding").headers(h -> h.setBearerAuth(tokenFor("auditor")))
                .exchange().expectStatus().isOk());

        // a fund of the county and a review case of the compound's street office, for their own read endpoints
        String fund = "520523-LOCAL_BUDGET-2026";
        http.post().uri("/api/funds/{f}/commitments", fund).headers(h -> h.setBearerAuth(tokenFor("finance-bureau")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("amount", "1000.00", "idempotencyKey", "YS-" + compound))
                .exchange().expectStatus().is2xxSuccessful();
        String reviewCase = "DC-a" + UUID.randomUUID().toString().substring(0, 8);
        http.post().uri("/api/review-cases").headers(h -> h.setBearerAuth(tokenFor("discipline-office")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("caseId", reviewCase, "unitId", "520523001",
                        "assessingJurisdiction", "520523", "finding", "开工率排名末位"))
                .exchange().expectStatus().is2xxSuccessful();
        eventually(() -> http.get().uri("/api/review-cases/" + reviewCase).headers(h -> h.setBearerAuth(tokenFor("discipline-office")))
                .exchange().expectStatus().isOk());
        // a plan of the compound's street office for a year no other test assesses, so its month has a breakdown
        http.post().uri("/api/assessments/plans").headers(h -> h.setBearerAuth(tokenFor("housing-bureau")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.ofEntries(Map.entry("unitKind", "STREET_OFFICE"),
                        Map.entry("unitId", "520523001"), Map.entry("assessingJurisdiction", "520523"), Map.entry("year", 2019),
                        Map.entry("compoundsToStart", 10), Map.entry("compoundsToComplete", 8), Map.entry("buildings", 20),
                        Map.entry("households", 600), Map.entry("floorArea", "48000.00"), Map.entry("fundsToSpend", "0.00"),
                        Map.entry("startsOn", "2019-03-01"), Map.entry("deadline", "2019-12-31")))
                .exchange().expectStatus().is2xxSuccessful();
        // a programme, so that its progress endpoint has something to answer for the county's readers
        http.post().uri("/api/assessments/programmes").headers(h -> h.setBearerAuth(tokenFor("housing-bureau")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("unitKind", "STREET_OFFICE", "unitId", "520523001", "assessingJurisdiction", "520523",
                        "years", List.of(Map.of("year", 2019, "compounds", 10, "buildings", 20, "households", 600,
                                "floorArea", "48000.00"))))
                .exchange().expectStatus().is2xxSuccessful();
        eventually(() -> http.get().uri("/api/assessments/520523/programmes/520523001")
                .headers(h -> h.setBearerAuth(tokenFor("auditor"))).exchange().expectStatus().isOk());
        eventually(() -> http.get().uri("/api/assessments/520523/2019-10/units/520523001")
                .headers(h -> h.setBearerAuth(tokenFor("auditor"))).exchange().expectStatus().isOk());
        eventually(() -> http.get().uri("/api/funds/" + fund).headers(h -> h.setBearerAuth(tokenFor("auditor")))
                .exchange().expectStatus().isOk());

        // a photo the compound's street office uploaded, for the evidence file and thumbnail reads
        String photo = org.renewalledger.infra.compound.LifecycleSteps.uploadPhoto(http, streetOffice);

        Map<String, String> values = Map.ofEntries(Map.entry("compoundId", compound), Map.entry("projectId", project),
                Map.entry("matter", "APPLICATION"), Map.entry("within", "520523001"), Map.entry("streetOffice", "520523001"),
                Map.entry("jurisdiction", "520523"), Map.entry("q", "范围"), Map.entry("source", "CENTRAL_SUBSIDY"),
                Map.entry("fundId", fund), Map.entry("caseId", reviewCase), Map.entry("month", "2019-10"),
                Map.entry("unitId", "520523001"), Map.entry("county", "520523"), Map.entry("format", "csv"),
                Map.entry("purpose", "access-check"), Map.entry("hash", photo));
        List<String> outsiders = List.of(tokenFor("street-office-2"), token(Role.HOUSING_BUREAU, "520598"),
                token(Role.AUDITOR, "520598"), token(Role.ADMINISTRATOR, "510000"));
        // oversight reads everything in its jurisdiction
        List<String> insiders = List.of(token(Role.AUDITOR, "520523"), token(Role.DISCIPLINE_OFFICE, "520523"));
        JsonNode api = json.readTree(http.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult().getResponseBody());
        List<String> failures = new ArrayList<>();
        int endpoints = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || !path.getKey().startsWith("/api/") || path.getKey().startsWith("/api/admin/")
                    || path.getKey().startsWith("/api/audit/")) {
                continue;
            }
            // a stream never ends (its scoping is DashboardStreamIT's); the import templates hold no data
            if (path.getKey().equals("/api/dashboard/stream") || path.getKey().startsWith("/api/survey-imports/template")) {
                continue;
            }
            // a county's monthly ranking is circulated to every unit inside the county (通报), street offices included
            // and so is its weekly dispatch (周调度), for the meeting the street offices attend
            boolean circulatedInside = path.getKey().startsWith("/api/assessments/") || path.getKey().startsWith("/api/dispatch/");
            endpoints++;
            String uri = path.getKey();
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asText();
                String value = values.get(name);
                if ("path".equals(parameter.path("in").asText())) {
                    assertThat(value).as("a value for path parameter %s of %s", name, uri).isNotNull();
                    uri = uri.replace("{" + name + "}", value);
                } else if (value != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
                } else {
                    assertThat(parameter.path("required").asBoolean()).as("a value for required %s of %s", name, uri).isFalse();
                }
            }
            String target = uri + query;
            for (String outsider : circulatedInside ? outsiders.subList(1, outsiders.size()) : outsiders) {
                int status = http.get().uri(target).headers(h -> h.setBearerAuth(outsider)).exchange()
                        .returnResult(String.class).getStatus().value();
                if (status != 403) {
                    failures.add("GET " + target + " by an outsider: " + status);
                }
            }
            // the compound's count is still open: its export answers 422 CONSENT_COUNT_NOT_CLOSED once the scope let the
            // caller through (ConsentExportIT exports a closed one); residents' names are the collecting street
            // office's and auditors' only (docs/SECURITY.md)
            int answered = path.getKey().contains("/consent/{matter}/export.") ? 422 : 200;
            boolean personalData = PERSONAL_DATA.contains(path.getKey());
            for (String insider : insiders) {
                int status = http.get().uri(target).headers(h -> h.setBearerAuth(insider)).exchange()
                        .returnResult(String.class).getStatus().value();
                int expected = personalData && insider.equals(insiders.get(1)) ? 403 : answered;
                if (status != expected) {
                    failures.add("GET " + target + " by the county's auditor or discipline office: " + status + ", expected " + expected);
                }
            }
        }
        assertThat(endpoints).as("read endpoints").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    /** No API deletes or edits what was stored: no DELETE or PATCH at all, and PUT only to set a policy (a jurisdiction's eligibility and consent, or assessment; a year's holiday calendar), each recorded as a new event. */
    @Test
    void shouldOfferNoEndpointThatDeletesOrEditsAnEvent() throws Exception {
        JsonNode api = json.readTree(http.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult().getResponseBody());
        List<String> editing = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (method.equals("delete") || method.equals("patch") || (method.equals("put") && !path.getKey().startsWith("/api/policies/"))) {
                editing.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(editing).isEmpty();
        String compound = newCompoundId();
        String admin = tokenFor("administrator");
        register(tokenFor("street-office"), registration(compound, "不可删小区", 1991)).expectStatus().isCreated();
        long events = eventsInStream(compound);
        for (String method : List.of("DELETE", "PATCH", "PUT")) {
            int status = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri("/api/compounds/" + compound)
                    .headers(h -> h.setBearerAuth(admin)).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().returnResult(String.class).getStatus().value();
            assertThat(status).as(method + " of a compound").isIn(404, 405);
        }
        assertThat(eventsInStream(compound)).isEqualTo(events);
        // and the database itself refuses it (V21): the stored events are append-only
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "UPDATE domainevententry SET payload = payload WHERE aggregateidentifier = ?", compound))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void shouldRefuseAnOversizedBodyWith413AndAnOversizedPageWith400() {
        String streetOffice = tokenFor("street-office");
        String huge = "{\"name\":\"" + "长".repeat(200_000) + "\"}";
        http.post().uri("/api/compounds").headers(h -> h.setBearerAuth(streetOffice)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
        http.get().uri("/api/compounds?streetOffice=520523001&size=100000").headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("size");
    }

    /**
     * A body refused before it is read (413, 401) is drained, so a pooled client's next request on that connection is
     * answered instead of waiting behind the unread bytes (HostileInputIT once waited 30 s for an upload).
     */
    @Test
    void shouldKeepAConnectionUsableAfterRefusingABodyUnread() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String streetOffice = tokenFor("street-office");
        String huge = "{\"" + "k".repeat(3_000_000) + "\":1}"; // past the cap: 413
        String large = "{\"" + "k".repeat(200_000) + "\":1}"; // within the cap, without a token: 401
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            HttpRequest.Builder refused = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/evidence"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(i % 2 == 0 ? huge : large));
            if (i % 2 == 0) {
                refused.header("Authorization", "Bearer " + streetOffice);
            }
            answers.add(client.send(refused.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            answers.add(client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/compounds?streetOffice=520523001"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + streetOffice).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertThat(answers).as("refusal, then the next request on the pooled connection").containsOnly(413, 401, 200);
        assertThat(answers).contains(413, 401, 200);
    }

    /** The read endpoints that show residents' names and phones: the collecting street office and auditors only, each read logged. */
    private static final java.util.Set<String> PERSONAL_DATA = java.util.Set.of("/api/compounds/{compoundId}/consent/{matter}/votes");

    private String token(Role role, String jurisdiction) {
        return issuer.issue(new DemoUser("access-" + role.name().toLowerCase() + "-" + jurisdiction, "访问测试", role, jurisdiction))
                .accessToken();
    }
}
