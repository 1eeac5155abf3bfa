package org.renewalledger.infra.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.ConclusionIssuedEvent;
import org.renewalledger.kernel.review.FindingRecordedEvent;
import org.renewalledger.kernel.review.RectificationOrderedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/** The disciplinary review through HTTP against the real processors, database and search index. */
class ReviewIT extends ReviewIntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void shouldRunACaseFromFindingToClosure_andKeepEveryStep() {
        String discipline = tokenFor("discipline-office");
        String streetOffice = tokenFor("street-office");
        String caseId = newCaseId();
        post(discipline, "/api/review-cases", Map.of("caseId", caseId, "unitId", "520523001", "assessingJurisdiction", "520523",
                "finding", "二月开工率全县末位", "month", "2026-02"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/review-cases/" + caseId);
        String path = "/api/review-cases/" + caseId;
        post(discipline, path + "/conclusion", Map.of("conclusion", "开工进度严重滞后")).expectStatus().isOk();
        post(discipline, path + "/measures", Map.of("measure", "CIRCULAR_OF_CRITICISM", "note", "全县通报批评")).expectStatus().isOk();
        post(discipline, path + "/measures", Map.of("measure", "POINT_DEDUCTION", "note", "扣减绩效分", "points", "0.5"))
                .expectStatus().isOk();
        post(discipline, path + "/rectification-order", Map.of("requirement", "限期全部开工", "deadline", "2099-06-30"))
                .expectStatus().isOk();
        // the office cannot submit the unit's evidence; the unit can
        post(discipline, path + "/evidence", Map.of("evidence", "代交")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        // rectification evidence rests on an uploaded scan, which the policy requires
        post(streetOffice, path + "/evidence", Map.of("evidence", "开工报告5份")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("EVIDENCE_REQUIRED");
        post(streetOffice, path + "/evidence", Map.of("evidence", "开工报告5份", "attachments",
                java.util.List.of(org.renewalledger.infra.compound.LifecycleSteps.uploadPhoto(http, streetOffice)))).expectStatus().isOk();
        // closing before verification names the rule
        post(discipline, path + "/closure", Map.of("note", "销号")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("RECTIFICATION_NOT_VERIFIED");
        post(discipline, path + "/verification", Map.of("outcome", "ACCEPTED", "note", "现场核查属实")).expectStatus().isOk();
        post(discipline, path + "/closure", Map.of("note", "整改到位，销号")).expectStatus().isOk();

        eventually(() -> {
            JsonNode view = getJson(discipline, path);
            assertThat(view.path("status").asText()).isEqualTo("CLOSED");
            assertThat(view.path("steps")).extracting(step -> step.path("event").asText()).containsExactly("FINDING_RECORDED",
                    "CONCLUSION_ISSUED", "MEASURE_ISSUED", "MEASURE_ISSUED", "RECTIFICATION_ORDERED", "EVIDENCE_SUBMITTED",
                    "RECTIFICATION_ACCEPTED", "CLOSED_RECTIFIED");
            assertThat(view.path("steps").get(3).path("pointsHundredths").asInt()).isEqualTo(50);
            assertThat(view.path("steps").get(5).path("actorRole").asText()).isEqualTo("STREET_OFFICE");
            LocalDate today = LocalDate.now(java.time.Clock.offset(java.time.Clock.systemUTC(), CLOCK_SHIFT)
                    .withZone(ZoneId.of("Asia/Shanghai")));
            assertThat(view.path("conclusionOn").asText()).isEqualTo(today.toString());
            assertThat(view.path("objectionDeadline").asText()).isEqualTo(today.plusDays(30).toString());
        });
        // the case is the county's: another street office is refused it, as every read outside one's jurisdiction
        http.get().uri(path).headers(h -> h.setBearerAuth(tokenFor("street-office-2"))).exchange().expectStatus().isForbidden();
    }

    @Test
    void shouldRefuseWithProblemDetails_whenAStepIsOutOfOrderOrTheCaseUnknown() {
        String discipline = tokenFor("discipline-office");
        String caseId = newCaseId();
        post(discipline, "/api/review-cases", Map.of("caseId", caseId, "unitId", "520523001", "assessingJurisdiction", "520523",
                "finding", "月报迟报")).expectStatus().isCreated();
        post(discipline, "/api/review-cases", Map.of("caseId", caseId, "unitId", "520523001", "assessingJurisdiction", "520523",
                "finding", "月报迟报")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("REVIEW_CASE_EXISTS");
        post(discipline, "/api/review-cases/" + caseId + "/measures", Map.of("measure", "ADMONISHMENT_TALK", "note", "约谈"))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("REVIEW_STEP_OUT_OF_ORDER");
        post(discipline, "/api/review-cases/DC-nosuchcase/conclusion", Map.of("conclusion", "结论")).expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("REVIEW_CASE_NOT_FOUND");
        post(discipline, "/api/review-cases", Map.of("caseId", newCaseId(), "unitId", "520527001", "assessingJurisdiction", "520527",
                "finding", "别县")).expectStatus().isForbidden();
        post(tokenFor("street-office"), "/api/review-cases", Map.of("caseId", newCaseId(), "unitId", "520523001",
                "assessingJurisdiction", "520523", "finding", "自查")).expectStatus().isForbidden();
        post(discipline, "/api/review-cases/" + caseId + "/conclusion", Map.of("conclusion", "")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("conclusion");
    }

    /**
     * A case whose rectification was ordered a month ago (its history appended to the event store as the office's
     * commands wrote it then) is flagged overdue against today's date, and may then be referred for accountability.
     */
    @Test
    void shouldFlagAnOverdueRectification_andAllowReferral() {
        String caseId = newCaseId();
        JurisdictionCode county = JurisdictionCode.of("520523");
        ResponsibleUnit unit = ResponsibleUnit.streetOffice(JurisdictionCode.of("520523002"));
        LocalDate today = LocalDate.now(java.time.Clock.offset(java.time.Clock.systemUTC(), CLOCK_SHIFT).withZone(ZoneId.of("Asia/Shanghai")));
        LocalDate deadline = today.minusDays(3);
        Map<String, Object> metaData = new HashMap<>(new Actor("li", Role.DISCIPLINE_OFFICE, county).asMetaData());
        metaData.put(MetaDataKeys.CORRELATION_ID, "history-" + caseId);
        CaseId id = CaseId.of(caseId);
        eventStore.publish(
                new GenericDomainEventMessage<>("ReviewCase", caseId, 0,
                        new FindingRecordedEvent(id, unit, county, "西洛街道加装电梯进度滞后", YearMonth.from(today.minusMonths(1))), metaData),
                new GenericDomainEventMessage<>("ReviewCase", caseId, 1,
                        new ConclusionIssuedEvent(id, unit, "限期整改", today.minusDays(33), today.minusDays(3)), metaData),
                new GenericDomainEventMessage<>("ReviewCase", caseId, 2,
                        new RectificationOrderedEvent(id, unit, "完成加装电梯签约", today.minusDays(33), deadline), metaData));
        String discipline = tokenFor("discipline-office");
        eventually(() -> {
            JsonNode overdue = getJson(discipline, "/api/review/overdue-rectifications?within=520523");
            assertThat(overdue.path("asOf").asText()).isEqualTo(today.toString());
            assertThat(overdue.path("overdue")).anySatisfy(o -> {
                assertThat(o.path("caseId").asText()).isEqualTo(caseId);
                assertThat(o.path("daysOverdue").asLong()).isEqualTo(3);
            });
            assertThat(getJson(discipline, "/api/review-cases/" + caseId).path("rectificationOverdue").asBoolean()).isTrue();
        });
        // a street office reads only its own area's overdue list, and not its neighbour's
        assertThat(getJson(tokenFor("street-office-2"), "/api/review/overdue-rectifications").path("overdue"))
                .anySatisfy(o -> assertThat(o.path("caseId").asText()).isEqualTo(caseId));
        http.get().uri("/api/review/overdue-rectifications?within=520523002").headers(h -> h.setBearerAuth(tokenFor("street-office")))
                .exchange().expectStatus().isForbidden();

        post(discipline, "/api/review-cases/" + caseId + "/referral", Map.of("reason", "逾期未整改")).expectStatus().isOk();
        eventually(() -> assertThat(getJson(discipline, "/api/review/overdue-rectifications?within=520523").path("overdue"))
                .noneSatisfy(o -> assertThat(o.path("caseId").asText()).isEqualTo(caseId)));
    }

    @Test
    void shouldFindFindingsAndMeasures_bySearch() {
        String discipline = tokenFor("discipline-office");
        String caseId = newCaseId();
        post(discipline, "/api/review-cases", Map.of("caseId", caseId, "unitId", "520523001", "assessingJurisdiction", "520523",
                "finding", "雨污分流整改拖延")).expectStatus().isCreated();
        post(discipline, "/api/review-cases/" + caseId + "/conclusion", Map.of("conclusion", "责令整改")).expectStatus().isOk();
        post(discipline, "/api/review-cases/" + caseId + "/measures", Map.of("measure", "ADMONISHMENT_TALK", "note", "约谈鼓场街道分管领导"))
                .expectStatus().isOk();

        eventually(() -> {
            JsonNode findings = getJson(discipline, "/api/review/search?q=雨污分流");
            assertThat(findings.path("hits")).anySatisfy(hit -> {
                assertThat(hit.path("caseId").asText()).isEqualTo(caseId);
                assertThat(hit.path("kind").asText()).isEqualTo("FINDING");
            });
            JsonNode measures = getJson(discipline, "/api/review/search?q=分管领导");
            assertThat(measures.path("hits")).anySatisfy(hit -> {
                assertThat(hit.path("caseId").asText()).isEqualTo(caseId);
                assertThat(hit.path("kind").asText()).isEqualTo("MEASURE");
                assertThat(hit.path("measure").asText()).isEqualTo("ADMONISHMENT_TALK");
            });
        });
        // a neighbouring street office's search does not reach 鼓场街道's cases
        assertThat(getJson(tokenFor("street-office-2"), "/api/review/search?q=雨污分流").path("hits"))
                .noneSatisfy(hit -> assertThat(hit.path("caseId").asText()).isEqualTo(caseId));
    }

    /**
     * A published month feeds the ladder: two months running at the bottom propose an admonishment talk; the same
     * close delivered again proposes nothing twice; a reissue that lifts the unit out withdraws the proposal.
     */
    @Test
    void shouldProposeTheLaddersNextMeasure_whenMonthsArePublished_andWithdrawOnAReissue() {
        String county = "520527";
        publishAssessment(county, "2026-01", 1, List.of(line("520527001", 9650, Grade.EXCELLENT, 1, false),
                line("520527002", 7020, Grade.FAIL, 2, true)));
        publishAssessment(county, "2026-02", 1, List.of(line("520527001", 9400, Grade.GOOD, 1, false),
                line("520527002", 7110, Grade.FAIL, 2, true)));
        String admin = tokenFor("administrator");
        eventually(() -> {
            JsonNode proposals = getJson(admin, "/api/review/proposals?within=520527");
            assertThat(proposals.path("proposals")).extracting(p -> p.path("unitId").asText() + " " + p.path("month").asText() + " "
                    + p.path("measure").asText()).containsExactly("520527002 2026-02 ADMONISHMENT_TALK", "520527002 2026-01 SELF_CRITICISM");
        });
        String standing = "standing-520527-520527002";
        long eventsOfStanding = eventsInStream(standing);
        assertThat(eventsOfStanding).isEqualTo(4);

        // the same close again: nothing new
        publishAssessment(county, "2026-02", 1, List.of(line("520527001", 9400, Grade.GOOD, 1, false),
                line("520527002", 7110, Grade.FAIL, 2, true)));
        // a reissue of February in which 520527002 is no longer lagging
        publishAssessment(county, "2026-02", 2, List.of(line("520527002", 8800, Grade.GOOD, 1, false),
                line("520527001", 8700, Grade.GOOD, 2, true)));
        eventually(() -> {
            JsonNode proposals = getJson(admin, "/api/review/proposals?within=520527&includeWithdrawn=true");
            assertThat(proposals.path("proposals")).extracting(p -> p.path("unitId").asText() + " " + p.path("month").asText() + " "
                    + p.path("measure").asText() + " " + p.path("issue").asInt() + " " + p.path("withdrawn").asBoolean())
                    .containsExactlyInAnyOrder("520527001 2026-02 SELF_CRITICISM 2 false", "520527002 2026-02 ADMONISHMENT_TALK 1 true",
                            "520527002 2026-01 SELF_CRITICISM 1 false");
        });
        // recorded once, withdrawn once: the repeated close added nothing
        assertThat(eventsInStream(standing)).isEqualTo(eventsOfStanding + 2);
        Map<String, Object> proposedMeta = jdbc.queryForMap("SELECT encode(metadata, 'escape') AS m FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 1", standing);
        assertThat(proposedMeta.get("m").toString()).contains("escalation-ladder").contains("causationId");
    }
}
