package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Money down the whole chain through HTTP — central → Guizhou → Jinsha county → a project → the implementing
 * unit — by each level's finance bureau, with the roles, the retries, a fund as of a past instant, the
 * reconciliation across levels and the spending progress of the unit.
 */
class FundChainIT extends FundingIntegrationTest {

    private String central;
    private String province;
    private String county;
    private String centralFund;
    private String provinceFund;
    private String countyFund;
    private String project;
    private String unit;

    @BeforeEach
    void freshFunds() {
        central = tokenFor("central-finance");
        province = tokenFor("provincial-finance");
        county = tokenFor("finance-bureau");
        // A budget year of its own, so that the funds are this test's alone in the shared database.
        int year = ThreadLocalRandom.current().nextInt(3000, 9999);
        centralFund = "CN-CENTRAL_SUBSIDY-" + year;
        provinceFund = "520000-CENTRAL_SUBSIDY-" + year;
        countyFund = "520523-CENTRAL_SUBSIDY-" + year;
        project = newProjectId();
        unit = "黔建集团" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void shouldMoveMoneyFromTheCentreToTheImplementingUnit_andReconcileEveryLevel() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        fund(central, centralFund, "commitments", Map.of("amount", "1000.00", "idempotencyKey", "ZY-" + run))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.entryId").isEqualTo(centralFund + "-E1");
        fund(central, centralFund, "commitments", Map.of("amount", "1000.00", "idempotencyKey", "ZY-" + run))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.replayed").isEqualTo(true);
        fund(central, centralFund, "allocations", Map.of("toJurisdiction", "520000", "amount", "800.00", "idempotencyKey", "ZX-" + run))
                .expectStatus().isCreated();
        fund(province, provinceFund, "allocations", Map.of("toJurisdiction", "520523", "amount", "500.00", "idempotencyKey", "SX-" + run))
                .expectStatus().isCreated();
        fund(county, countyFund, "allocations", Map.of("toProject", project, "amount", "300.00", "idempotencyKey", "XX-" + run))
                .expectStatus().isCreated();
        // The last fen the county holds goes, one more does not.
        fund(county, countyFund, "allocations", Map.of("toProject", project, "amount", "200.01", "idempotencyKey", "XX2-" + run))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("FUND_ALLOCATION_EXCEEDS_AVAILABLE");

        completeProject(project);
        bindContractor(project, project.substring(0, project.length() - 5));
        post(county, project, "disbursements", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", "100.00",
                "recipient", unit, "idempotencyKey", "BF-" + run)).expectStatus().isCreated();
        post(tokenFor("implementing-entity"), project, "expenditures", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY",
                "amount", "40.00", "payee", "鑫达建筑", "purpose", "外墙保温", "idempotencyKey", "ZC-" + run)).expectStatus().isCreated();

        String auditor = tokenFor("auditor");
        eventually(() -> {
            JsonNode fund = getJson(auditor, "/api/funds/{id}", countyFund);
            assertThat(fund.path("received").decimalValue()).isEqualByComparingTo("500.00");
            assertThat(fund.path("allocated").decimalValue()).isEqualByComparingTo("300.00");
            assertThat(fund.path("available").decimalValue()).isEqualByComparingTo("200.00");
            assertThat(fund.path("entries").get(1).path("counterparty").asText()).isEqualTo(project);
            assertThat(fund.path("entries").get(1).path("actorRole").asText()).isEqualTo("FINANCE_BUREAU");
            assertThat(fund.path("entries").get(1).path("actorJurisdiction").asText()).isEqualTo("520523");
        });
        eventually(() -> {
            JsonNode report = getJson(central, "/api/funding/reconciliation?jurisdiction=100000");
            assertThat(report.path("breaks").findValuesAsText("fundId")).doesNotContain(centralFund, provinceFund, countyFund);
            assertThat(report.path("funds").findValuesAsText("fundId")).contains(centralFund, provinceFund, countyFund);
            JsonNode countyView = getJson(auditor, "/api/funding/reconciliation?jurisdiction=520523");
            assertThat(countyView.path("funds").findValuesAsText("fundId")).contains(countyFund).doesNotContain(provinceFund);
        });
        eventually(() -> {
            JsonNode progress = getJson(auditor, "/api/funding/progress?jurisdiction=520523");
            JsonNode line = null;
            for (JsonNode candidate : progress.path("byUnit")) {
                if (candidate.path("key").asText().equals(unit)) {
                    line = candidate;
                }
            }
            assertThat(line).as("unit " + unit).isNotNull();
            assertThat(line.path("allocated").decimalValue()).isEqualByComparingTo("300.00");
            assertThat(line.path("disbursed").decimalValue()).isEqualByComparingTo("100.00");
            // 100 ÷ 300 = 33.333…%, rounded down to 0.01.
            assertThat(line.path("spendingProgressPercent").decimalValue()).isEqualByComparingTo("33.33");
        });
    }

    @Test
    void shouldLetOnlyTheFundsOwnFinanceBureauMoveIt_andAuditorsNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        fund(tokenFor("auditor"), countyFund, "commitments", Map.of("amount", "1.00", "idempotencyKey", "A-" + run))
                .expectStatus().isForbidden();
        fund(county, centralFund, "commitments", Map.of("amount", "1.00", "idempotencyKey", "B-" + run))
                .expectStatus().isForbidden();
        fund(province, centralFund, "commitments", Map.of("amount", "1.00", "idempotencyKey", "C-" + run))
                .expectStatus().isForbidden();
        fund(county, countyFund, "allocations", Map.of("toProject", project, "amount", "1.00", "idempotencyKey", "D-" + run))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("FUND_NOT_FOUND");
        fund(county, "520500-LOCAL_BUDGET-2026", "commitments", Map.of("amount", "1.00", "idempotencyKey", "E-" + run))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("fundId");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?)", Long.class,
                countyFund, centralFund)).isZero();
    }

    @Test
    void shouldAnswerAFundAsOfAPastInstant_withTheFiguresTheLiveQueryGaveThen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        fund(county, countyFund, "commitments", Map.of("amount", "700.00", "idempotencyKey", "J1-" + run)).expectStatus().isCreated();
        fund(county, countyFund, "allocations", Map.of("toProject", project, "amount", "250.00", "idempotencyKey", "J2-" + run))
                .expectStatus().isCreated();
        String auditor = tokenFor("auditor");
        JsonNode[] then = new JsonNode[1];
        eventually(() -> {
            then[0] = getJson(auditor, "/api/funds/{id}", countyFund);
            assertThat(then[0].path("entries").size()).isEqualTo(2);
        });
        String instant = then[0].path("entries").get(1).path("recordedAt").asText();

        fund(county, countyFund, "commitments", Map.of("amount", "100.00", "idempotencyKey", "J3-" + run)).expectStatus().isCreated();
        fund(county, countyFund, "reversals", Map.of("entryId", countyFund + "-E2", "reason", "项目调整", "idempotencyKey", "J4-" + run))
                .expectStatus().isCreated();
        eventually(() -> assertThat(getJson(auditor, "/api/funds/{id}", countyFund).path("entries").size()).isEqualTo(4));
        JsonNode now = getJson(auditor, "/api/funds/{id}", countyFund);
        assertThat(now.path("allocated").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(now.path("available").decimalValue()).isEqualByComparingTo("800.00");

        JsonNode past = getJson(auditor, "/api/funds/{id}?asOf={at}", countyFund, instant);
        for (String figure : new String[] {"committed", "received", "allocated", "available"}) {
            assertThat(past.path(figure).decimalValue()).as(figure).isEqualByComparingTo(then[0].path(figure).decimalValue());
        }
        assertThat(past.path("entries")).isEqualTo(then[0].path("entries"));
        // The reversal took the money back from the project too.
        eventually(() -> assertThat(getJson(auditor, "/api/projects/{id}/funding", project).path("allocated").decimalValue())
                .isEqualByComparingTo("0.00"));
    }

    private WebTestClient.ResponseSpec fund(String token, String fundId, String what, Map<String, Object> body) {
        return http.post().uri("/api/funds/{fund}/{what}", fundId, what)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
