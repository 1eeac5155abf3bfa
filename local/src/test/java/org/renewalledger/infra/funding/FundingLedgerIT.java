package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The funding ledger through HTTP on the real stack: as-of figures, the auditor's trail, and refusals. */
class FundingLedgerIT extends FundingIntegrationTest {

    @Test
    void shouldAnswerAsOfAPastInstantWithTheFiguresTheLiveQueryGaveThen() {
        String finance = tokenFor("finance-bureau");
        String auditor = tokenFor("auditor");
        String projectId = newProjectId();
        post(finance, projectId, "allocations", allocation("CENTRAL_SUBSIDY", "1000.00", projectId + "-a1")).expectStatus().isCreated();
        post(finance, projectId, "allocations", allocation("LOCAL_BUDGET", "200.00", projectId + "-a2")).expectStatus().isCreated();
        post(tokenFor("housing-bureau"), projectId, "milestones", Map.of("jurisdictionCode", COUNTY, "milestone", "CONSTRUCTION_STARTED"))
                .expectStatus().isOk();
        post(finance, projectId, "disbursements", disbursement("CENTRAL_SUBSIDY", "300.00", projectId + "-p1")).expectStatus().isCreated();

        // What the live query said, and when (on the application's clock, which the events are stamped by).
        AtomicReference<JsonNode> liveThen = new AtomicReference<>();
        eventually(() -> {
            JsonNode live = getJson(auditor, "/api/projects/{id}/funding", projectId);
            assertThat(live.path("disbursed").decimalValue()).isEqualByComparingTo("300.00");
            liveThen.set(live);
        });
        JsonNode progressThen = getJson(auditor, "/api/funding/progress?jurisdiction={j}", COUNTY);
        Instant then = Instant.now().plus(CLOCK_SHIFT);

        // Later: more money, a milestone, a second tranche.
        post(finance, projectId, "allocations", allocation("CENTRAL_SUBSIDY", "500.00", projectId + "-a3")).expectStatus().isCreated();
        post(tokenFor("housing-bureau"), projectId, "milestones", Map.of("jurisdictionCode", COUNTY, "milestone", "COMPLETION_ACCEPTED"))
                .expectStatus().isOk();
        post(finance, projectId, "disbursements", disbursement("CENTRAL_SUBSIDY", "700.00", projectId + "-p2")).expectStatus().isCreated();
        eventually(() -> assertThat(getJson(auditor, "/api/projects/{id}/funding", projectId).path("disbursed").decimalValue())
                .isEqualByComparingTo("1000.00"));

        JsonNode asOf = getJson(auditor, "/api/projects/{id}/funding?asOf={t}", projectId, then.toString());
        assertThat(withoutAsOf(asOf)).isEqualTo(withoutAsOf(liveThen.get()));
        assertThat(Instant.parse(asOf.path("asOf").asText())).isEqualTo(then);
        assertThat(asOf.path("milestones")).hasSize(1);

        JsonNode progressAsOf = getJson(auditor, "/api/funding/progress?jurisdiction={j}&asOf={t}", COUNTY, then.toString());
        assertThat(projectLine(progressAsOf, projectId)).isEqualTo(projectLine(progressThen, projectId));

        // The as-of figures are the events up to that instant, folded: read the event store itself.
        Map<String, long[]> folded = foldEventsUpTo(projectId, then);
        assertThat(folded).containsOnlyKeys("CENTRAL_SUBSIDY", "LOCAL_BUDGET");
        for (JsonNode line : asOf.path("sources")) {
            long[] figures = folded.get(line.path("source").asText());
            assertThat(line.path("allocated").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(figures[0], 2));
            assertThat(line.path("disbursed").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(figures[1], 2));
        }
    }

    @Test
    void shouldGiveAuditorsTheFullOrderedTrailWithWhoWhenWhyAndPolicy() {
        String finance = tokenFor("finance-bureau");
        String projectId = newProjectId();
        String correlationId = "payment-batch-" + projectId;
        post(finance, projectId, "allocations", allocation("SPECIAL_BONDS", "5000.00", projectId + "-a1")).expectStatus().isCreated();
        completeProject(projectId);
        http.post().uri("/api/projects/{id}/funding/disbursements", projectId)
                .headers(h -> h.setBearerAuth(finance))
                .header("X-Correlation-Id", correlationId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(disbursement("SPECIAL_BONDS", "5000.00", projectId + "-p1"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.entryId").isEqualTo(projectId + "-E2");

        String auditor = tokenFor("auditor");
        eventually(() -> assertThat(getJson(auditor, "/api/projects/{id}/funding/ledger", projectId).path("entries")).hasSize(5));
        JsonNode entries = getJson(auditor, "/api/projects/{id}/funding/ledger", projectId).path("entries");

        assertThat(entries.findValuesAsText("type"))
                .containsExactly("ALLOCATION", "MILESTONE", "MILESTONE", "MILESTONE", "DISBURSEMENT");
        List<Long> positions = entries.findValues("globalPosition").stream().map(JsonNode::asLong).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        JsonNode payment = entries.get(4);
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(payment.path("source").asText()).isEqualTo("SPECIAL_BONDS");
        assertThat(payment.path("recipient").asText()).isEqualTo(CONTRACTOR);
        assertThat(payment.path("actorId").asText()).isEqualTo("finance-bureau");
        assertThat(payment.path("actorRole").asText()).isEqualTo("FINANCE_BUREAU");
        assertThat(payment.path("actorJurisdiction").asText()).isEqualTo(COUNTY);
        assertThat(payment.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(payment.path("causationId").asText()).isNotBlank().isNotEqualTo(correlationId);
        assertThat(payment.path("policyVersion").asText()).isEqualTo("default-2026.2");
        assertThat(payment.path("rule").asText())
                .isEqualTo("tranche-2026.1: 100% of the allocation after completion accepted and final accounts submitted");
        assertThat(payment.path("idempotencyKey").asText()).isEqualTo(projectId + "-p1");
        assertThat(entries.get(1).path("actorRole").asText()).isEqualTo("HOUSING_BUREAU");

        // The fund's own history (one source in the county) holds the project's entries in recorded order.
        JsonNode fund = getJson(auditor, "/api/funding/ledger?jurisdiction={j}&source=SPECIAL_BONDS&limit=1000", COUNTY);
        assertThat(fund.path("entries").findValuesAsText("entryId")).contains(projectId + "-E1", projectId + "-E2");
    }

    @Test
    void shouldFollowEveryYuanFromSourceToUseThroughFindingsClawbacksAndReversals() {
        String finance = tokenFor("finance-bureau");
        String builder = tokenFor("implementing-entity");
        String auditor = tokenFor("auditor");
        String p = newProjectId();
        bindContractor(p, p.substring(0, p.length() - 5));
        post(finance, p, "allocations", allocation("CENTRAL_SUBSIDY", "1000.00", p + "-a1")).expectStatus().isCreated();
        post(finance, p, "resident-contributions", Map.of("jurisdictionCode", COUNTY, "amount", "100.00", "households", 10,
                "idempotencyKey", p + "-c1")).expectStatus().isCreated();
        post(finance, p, "utility-cost-shares", Map.of("jurisdictionCode", COUNTY, "work", "TELECOM_RELOCATION",
                "totalCost", "0.07", "utilityCompany", "中国电信金沙分公司", "idempotencyKey", p + "-u1")).expectStatus().isCreated();
        completeProject(p);
        post(finance, p, "disbursements", disbursement("CENTRAL_SUBSIDY", "1000.00", p + "-p1")).expectStatus().isCreated();
        post(builder, p, "expenditures", expenditure("700.00", p + "-x1")).expectStatus().isCreated();
        post(builder, p, "expenditures", expenditure("50.00", p + "-x2"))
                .expectStatus().isCreated().expectBody().jsonPath("$.entryId").isEqualTo(p + "-E6");
        post(finance, p, "reversals", Map.of("jurisdictionCode", COUNTY, "entryId", p + "-E6", "reason", "重复录入",
                "idempotencyKey", p + "-r1")).expectStatus().isCreated();
        post(auditor, p, "audit-findings", Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", "200.00",
                "finding", "超合同范围拨付", "idempotencyKey", p + "-audit-1"))
                .expectStatus().isCreated().expectBody().jsonPath("$.entryId").isEqualTo(p + "-E8");
        Map<String, Object> clawback = Map.of("jurisdictionCode", COUNTY, "findingEntryId", p + "-E8", "amount", "200.00",
                "idempotencyKey", p + "-k1");
        post(auditor, p, "clawbacks", clawback).expectStatus().isForbidden();
        post(finance, p, "clawbacks", clawback).expectStatus().isCreated();

        eventually(() -> {
            JsonNode funding = getJson(auditor, "/api/projects/{id}/funding", p);
            JsonNode central = funding.path("sources").get(0);
            assertThat(central.path("source").asText()).isEqualTo("CENTRAL_SUBSIDY");
            assertThat(central.path("allocated").decimalValue()).isEqualByComparingTo("1000.00");
            assertThat(central.path("disbursed").decimalValue()).isEqualByComparingTo("800.00");
            assertThat(central.path("clawedBack").decimalValue()).isEqualByComparingTo("200.00");
            assertThat(central.path("spent").decimalValue()).isEqualByComparingTo("700.00");
            assertThat(central.path("available").decimalValue()).isEqualByComparingTo("200.00");
            assertThat(funding.path("sources").findValuesAsText("source"))
                    .containsExactly("CENTRAL_SUBSIDY", "LOCAL_BUDGET", "RESIDENT_CONTRIBUTION", "UTILITY_COMPANY");
            assertThat(funding.path("allocated").decimalValue()).isEqualByComparingTo("1100.07");
        });
        JsonNode reversal = getJson(auditor, "/api/projects/{id}/funding/ledger", p).path("entries").findParents("eventType")
                .stream().filter(entry -> entry.path("eventType").asText().equals("EntryReversed")).findFirst().orElseThrow();
        assertThat(reversal.path("type").asText()).isEqualTo("EXPENDITURE");
        assertThat(reversal.path("amount").decimalValue()).isEqualByComparingTo("-50.00");
        assertThat(reversal.path("reversesEntryId").asText()).isEqualTo(p + "-E6");
        assertThat(reversal.path("actorRole").asText()).isEqualTo("FINANCE_BUREAU");

        JsonNode reconciliation = getJson(auditor, "/api/funding/reconciliation?jurisdiction={j}", COUNTY);
        assertThat(reconciliation.path("breaks")).isEmpty();
        assertThat(reconciliation.path("balanced").asBoolean()).isTrue();
        assertThat(reconciliation.path("bySource").findValuesAsText("source")).contains("CENTRAL_SUBSIDY", "RESIDENT_CONTRIBUTION");
    }

    private static Map<String, Object> expenditure(String amount, String key) {
        return Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", amount, "payee", "鑫达建筑",
                "purpose", "外墙保温", "idempotencyKey", key);
    }

    @Test
    void shouldRefuseWhatTheRulesForbidAndWriteNothing() {
        String finance = tokenFor("finance-bureau");
        String projectId = newProjectId();
        post(finance, projectId, "allocations", allocation("CENTRAL_SUBSIDY", "1000.00", projectId + "-a1")).expectStatus().isCreated();

        post(finance, projectId, "disbursements", disbursement("CENTRAL_SUBSIDY", "0.01", projectId + "-p1"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("TRANCHE_NOT_RELEASED");
        post(tokenFor("auditor"), projectId, "disbursements", disbursement("CENTRAL_SUBSIDY", "1.00", projectId + "-p2"))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        post(finance, newProjectId(), "disbursements", disbursement("CENTRAL_SUBSIDY", "1.00", projectId + "-p3"))
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("FUNDING_NOT_FOUND");

        Map<String, Object> fractionOfAFen = new HashMap<>(disbursement("CENTRAL_SUBSIDY", "1.001", projectId + "-p4"));
        post(finance, projectId, "disbursements", fractionOfAFen)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("amount");
        Map<String, Object> noKey = new HashMap<>(disbursement("CENTRAL_SUBSIDY", "1.00", "x"));
        noKey.remove("idempotencyKey");
        post(finance, projectId, "disbursements", noKey)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("idempotencyKey");

        assertThat(eventsInStream(projectId)).isEqualTo(1);
    }

    /** Allocated and disbursed fen per source, from the stored events recorded at or before {@code asOf}. */
    private Map<String, long[]> foldEventsUpTo(String projectId, Instant asOf) {
        Map<String, long[]> figures = new HashMap<>();
        jdbc.query("SELECT payloadtype, payload, timestamp FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", row -> {
            if (Instant.parse(row.getString("timestamp")).isAfter(asOf)) {
                return;
            }
            JsonNode event = parse(row.getBytes("payload"));
            String type = row.getString("payloadtype");
            int column = type.endsWith("FundsAllocatedEvent") ? 0 : type.endsWith("SubsidyDisbursedEvent") ? 1 : -1;
            if (column >= 0) {
                figures.computeIfAbsent(event.path("source").asText(), source -> new long[2])[column] +=
                        event.path("amount").path("fen").asLong();
            }
        }, projectId);
        return figures;
    }

    private static JsonNode withoutAsOf(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private static JsonNode projectLine(JsonNode progress, String projectId) {
        for (JsonNode line : progress.path("byProject")) {
            if (line.path("key").asText().equals(projectId)) {
                return line;
            }
        }
        throw new AssertionError("No line for " + projectId + " in " + progress);
    }
}
