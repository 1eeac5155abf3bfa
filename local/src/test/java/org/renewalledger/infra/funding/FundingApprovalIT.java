package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.compound.LifecycleSteps;

/**
 * Money against approval over HTTP (docs/FUNDING.md): once the compound's scheme is approved and the project's ledger
 * linked, the relay tells the ledger its approved budget and plan; allocations past the budget are refused unless
 * they name a recorded override decision; the approval report compares plan and ledger by source and follows the
 * cost chain, flagging where a later figure exceeds an earlier one.
 */
class FundingApprovalIT extends FundingIntegrationTest {

    /** A well-formed SHA-256 of no uploaded file: a figure or decision naming it is refused. */
    private static final String NEVER_UPLOADED = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void shouldCapAllocationsByTheApprovedBudget_raiseTheCapOnlyByARecordedOverride_andReconcileThePlan() {
        String office = tokenFor("street-office");
        String bureau = tokenFor("housing-bureau");
        String finance = tokenFor("finance-bureau");
        String auditor = tokenFor("auditor");
        String compound = newCompoundId();
        String project = compound + "-2026";
        approved(compound, office, bureau);

        post(finance, project, "compound-link", Map.of("jurisdictionCode", COUNTY, "compoundId", compound)).expectStatus().isOk();
        eventually(() -> assertThat(yuan(getJson(auditor, "/api/projects/{p}/funding/approval", project).path("approvedBudget")))
                .isEqualByComparingTo("1000000.00"));

        post(finance, project, "allocations", allocation("CENTRAL_SUBSIDY", "900000.00", project + "-A1")).expectStatus().isCreated();
        post(finance, project, "allocations", allocation("LOCAL_BUDGET", "100000.01", project + "-A2"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("ALLOCATION_EXCEEDS_APPROVED_BUDGET");
        post(finance, project, "allocations", withOverride(allocation("LOCAL_BUDGET", "100000.01", project + "-A2"), "QX-" + compound))
                .expectStatus().isEqualTo(404)
                .expectBody().jsonPath("$.code").isEqualTo("BUDGET_OVERRIDE_NOT_FOUND");

        // every document is uploaded first; a hash the evidence store never received is refused
        String document = LifecycleSteps.uploadPhoto(http, bureau);
        post(bureau, project, "budget-overrides", Map.of("jurisdictionCode", COUNTY, "decisionId", "QX-" + compound,
                "amount", "50000.00", "reason", "增加雨污分流改造", "document", NEVER_UPLOADED))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_NOT_FOUND").jsonPath("$.field").isEqualTo("document");
        post(finance, project, "cost-figures", Map.of("jurisdictionCode", COUNTY, "stage", "BUDGET_REVIEW", "amount", "990000.00",
                "document", NEVER_UPLOADED, "reference", "财评报告"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_NOT_FOUND");

        // the finance bureau that allocates cannot raise its own cap; the housing bureau that approved the budget can
        Map<String, Object> override = Map.of("jurisdictionCode", COUNTY, "decisionId", "QX-" + compound, "amount", "50000.00",
                "reason", "增加雨污分流改造", "document", document);
        post(finance, project, "budget-overrides", override).expectStatus().isForbidden();
        post(bureau, project, "budget-overrides", override).expectStatus().isOk();
        post(finance, project, "allocations", withOverride(allocation("LOCAL_BUDGET", "150000.00", project + "-A2"), "QX-" + compound))
                .expectStatus().isCreated();
        post(finance, project, "allocations", withOverride(allocation("LOCAL_BUDGET", "0.01", project + "-A3"), "QX-" + compound))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("ALLOCATION_EXCEEDS_APPROVED_BUDGET");

        // the cost chain, each figure with its document; the contract above the budget review is flagged
        post(finance, project, "cost-figures", Map.of("jurisdictionCode", COUNTY, "stage", "BUDGET_REVIEW", "amount", "990000.00",
                "document", document, "reference", "财评报告")).expectStatus().isOk();
        post(bureau, project, "cost-figures", Map.of("jurisdictionCode", COUNTY, "stage", "CONTRACT", "amount", "995000.00",
                "document", document, "reference", "施工合同")).expectStatus().isOk();
        post(auditor, project, "cost-figures", Map.of("jurisdictionCode", COUNTY, "stage", "CONTRACT", "amount", "1.00",
                "document", document, "reference", "施工合同")).expectStatus().isForbidden();

        eventually(() -> {
            JsonNode report = getJson(auditor, "/api/projects/{p}/funding/approval", project);
            assertThat(yuan(report.path("cap"))).isEqualByComparingTo("1050000.00");
            assertThat(yuan(report.path("allocated"))).isEqualByComparingTo("1050000.00");
            assertThat(report.path("overrides").get(0).path("decidedBy").asText()).isEqualTo("housing-bureau");
            assertThat(report.path("overrides").get(0).path("decidedAs").asText()).isEqualTo("HOUSING_BUREAU");
            assertThat(report.path("chain").get(2).path("stage").asText()).isEqualTo("CONTRACT");
            assertThat(yuan(report.path("chain").get(2).path("amount"))).isEqualByComparingTo("995000.00");
            List<String> rules = new ArrayList<>();
            report.path("flags").forEach(flag -> rules.add(flag.path("rule").asText() + " @ " + flag.path("where").asText()));
            assertThat(rules).contains("CONTRACT ≤ BUDGET_REVIEW @ " + project,
                    "allocated = planned, per source @ CENTRAL_SUBSIDY", "allocated = planned, per source @ RESIDENT_CONTRIBUTION")
                    .doesNotContain("allocated ≤ approved budget + overrides @ " + project);
            assertThat(report.path("consistent").asBoolean()).isFalse();
            JsonNode central = null;
            for (JsonNode line : report.path("sources")) {
                if (line.path("source").asText().equals("CENTRAL_SUBSIDY")) {
                    central = line;
                }
            }
            assertThat(central).isNotNull();
            assertThat(yuan(central.path("planned"))).isEqualByComparingTo("700000.00");
            assertThat(yuan(central.path("allocated"))).isEqualByComparingTo("900000.00");
        });
    }

    private void approved(String compound, String office, String bureau) {
        LifecycleSteps steps = new LifecycleSteps(http, compound);
        bindCommittee(office, compound);
        String committee = tokenFor("owners-committee");
        register(office, registration(compound, "批复" + compound.substring(10) + "小区", 1995)).expectStatus().isCreated();
        steps.approvedScheme(office, committee, bureau);
    }

    private static Map<String, Object> withOverride(Map<String, Object> allocation, String decision) {
        Map<String, Object> body = new java.util.HashMap<>(allocation);
        body.put("overrideDecisionId", decision);
        return body;
    }

    private static BigDecimal yuan(JsonNode amount) {
        return amount.isMissingNode() || amount.isNull() ? BigDecimal.valueOf(-1) : new BigDecimal(amount.asText());
    }
}
