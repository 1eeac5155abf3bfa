package org.renewalledger.infra.compound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/**
 * One compound walked through HTTP from survey to long-term management on the real servers, each step by
 * the party the rules name, then read back: stage, timeline, consent tally and pipeline.
 */
class LifecycleIT extends IntegrationTest {

    @Test
    void shouldWalkACompoundFromSurveyToLongTermManagement() {
        String office = tokenFor("street-office");
        String committee = tokenFor("owners-committee");
        String bureau = tokenFor("housing-bureau");
        String builder = tokenFor("implementing-entity");
        String auditor = tokenFor("auditor");
        String id = newCompoundId();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        bindContractor(id + "-2026", id);

        register(office, registration(id, "幸福里" + id.substring(10) + "小区", 1995)).expectStatus().isCreated();
        // The owners' roster: 240 units, 1-1-1 … 1-1-239 of 77.71 m² and 2-1-1 of 80.00 m² (18,652.69 m² in all).
        List<Map<String, Object>> roster = new ArrayList<>(LifecycleSteps.units("1-1-", 1, 239, "77.71"));
        roster.add(LifecycleSteps.unit("2-1-1", "80.00"));
        project.roster(office, roster).expectStatus().isOk();
        project.wishesSurvey(office).expectStatus().isOk();
        project.selfGovernance(committee).expectStatus().isOk();
        project.applicationAgreedBy(office, roster.stream().map(unit -> (String) unit.get("unit")).toList());
        project.application(committee).expectStatus().isOk();
        project.scheme(office, "100000.00").expectStatus().isOk();
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        // 240 households of 18,650.50 m²: 161 owners of 77.71 m² = 12,511.31 m² agree (≥ 2/3 of both), one changes
        // a vote, one disagrees.
        for (int i = 1; i <= 161; i++) {
            project.vote(office, "SCHEME", "1-1-" + i, "77.71", i == 7 ? "DISAGREE" : "AGREE").expectStatus().isOk();
        }
        project.vote(office, "SCHEME", "1-1-7", "77.71", "AGREE").expectStatus().isOk();
        project.vote(office, "SCHEME", "2-1-1", "80.00", "DISAGREE").expectStatus().isOk();
        project.closeCount(office, "SCHEME").expectStatus().isOk();
        project.approve(bureau).expectStatus().isOk();

        project.milestone(bureau, "ENTERED_ANNUAL_PLAN", 0).expectStatus().isOk();
        project.milestone(bureau, "DESIGN_REVIEWED", 0).expectStatus().isOk();
        project.milestone(tokenFor("finance-bureau"), "BUDGET_REVIEWED", 0).expectStatus().isOk();
        project.milestone(builder, "TENDERED", 0).expectStatus().isOk();
        project.milestone(builder, "CONTRACTED", 0).expectStatus().isOk();
        project.milestone(builder, "CONSTRUCTION_STARTED", 0).expectStatus().isOk();
        project.post(builder, "progress", Map.of("percentComplete", 60, "reportedOn", "2025-11-10", "note", "管网完成",
                        "backdatingReason", LifecycleSteps.LATE))
                .expectStatus().isOk();
        project.post(office, "complaints", Map.of("ticket", "12345-" + id.substring(10), "summary", "夜间施工噪音扰民"))
                .expectStatus().isOk();
        project.milestone(bureau, "COMPLETION_ACCEPTED", 3).expectStatus().isOk();
        project.milestone(builder, "FINAL_ACCOUNTS_SUBMITTED", 0).expectStatus().isOk();
        project.milestone(auditor, "SETTLEMENT_AUDITED", 0).expectStatus().isOk();
        project.milestone(bureau, "HANDED_OVER", 0).expectStatus().isOk();
        project.post(committee, "long-term-management", Map.of("mode", "PROPERTY_COMPANY", "manager", "金沙物业服务有限公司",
                "maintenanceFundPerSquareMetre", "6.00", "startsOn", "2025-12-01")).expectStatus().isOk();

        eventually(() -> http.get().uri("/api/compounds/{id}", id).headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UNDER_LONG_TERM_MANAGEMENT"));
        eventually(() -> http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries.length()").isEqualTo(25)
                .jsonPath("$.entries[0].event").isEqualTo("CompoundRegistered")
                // the roster sheet is one step (the single units recorded by command are not shown)
                .jsonPath("$.entries[?(@.event == 'OwnersRosterImported')].event").isEqualTo("OwnersRosterImported")
                .jsonPath("$.entries[?(@.event == 'SchemeApproved')].actorRole").isEqualTo("HOUSING_BUREAU")
                .jsonPath("$.entries[?(@.event == 'SchemeApproved')].policyVersion").isEqualTo("default-2026.2")
                // Civil Code Art. 201: counted from the day after posting; posted two months back, with its reason
                .jsonPath("$.entries[?(@.event == 'NoticePublished')].summary")
                .isEqualTo("Notice posted 2025-09-29, 5 working days to 2025-10-13 [backdated 补录: " + LifecycleSteps.LATE + "]")
                .jsonPath("$.entries[?(@.event == 'NoticePublished')].backdated").isEqualTo(true)
                .jsonPath("$.entries[?(@.event == 'NoticePublished')].backdatingReason").isEqualTo(LifecycleSteps.LATE)
                .jsonPath("$.entries[?(@.event == 'NoticePublished')].attachments.length()").isEqualTo(1)
                .jsonPath("$.entries[?(@.event == 'ComplaintRecorded')].backdated").isEqualTo(false)
                // the earlier steps' dates are claims too (issue 18): a survey, a committee, an application months back
                .jsonPath("$.entries[?(@.event == 'WishesSurveyRecorded')].backdated").isEqualTo(true)
                .jsonPath("$.entries[?(@.event == 'WishesSurveyRecorded')].backdatingReason").isEqualTo(LifecycleSteps.LATE)
                .jsonPath("$.entries[?(@.event == 'SelfGovernanceFormed')].backdated").isEqualTo(true)
                .jsonPath("$.entries[?(@.event == 'ApplicationSubmitted')].summary")
                .isEqualTo("Application by 幸福里小区业主委员会 on 2025-06-20 [backdated 补录: " + LifecycleSteps.LATE + "]")
                .jsonPath("$.entries[24].event").isEqualTo("LongTermManagementSetUp"));
        eventually(() -> http.get().uri("/api/compounds/{id}/consent/SCHEME", id).headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.eligibleOwners").isEqualTo(240)
                .jsonPath("$.agreeOwners").isEqualTo(161)
                .jsonPath("$.agreeArea").isEqualTo(12511.31)
                .jsonPath("$.disagreeOwners").isEqualTo(1)
                .jsonPath("$.votesCast").isEqualTo(163)
                .jsonPath("$.passed").isEqualTo(true));
        http.get().uri("/api/projects?within=520523001&status=UNDER_LONG_TERM_MANAGEMENT&size=200")
                .headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.compoundId == '" + id + "')].status").isEqualTo("UNDER_LONG_TERM_MANAGEMENT");
        eventually(() -> http.get().uri(b -> b.path("/api/complaints/search").queryParam("q", "施工噪音")
                        .queryParam("within", "520523001").build())
                .headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.hits[?(@.compoundId == '" + id + "')].ticket").isEqualTo("12345-" + id.substring(10)));
        http.get().uri("/api/projects/pipeline?within=520523").headers(h -> h.setBearerAuth(bureau)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.projectsByStatus.UNDER_LONG_TERM_MANAGEMENT").value(n -> org.assertj.core.api.Assertions
                        .assertThat(((Number) n).longValue()).isGreaterThanOrEqualTo(1));
    }
}
