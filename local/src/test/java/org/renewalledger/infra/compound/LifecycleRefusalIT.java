package org.renewalledger.infra.compound;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Each refusal of the lifecycle over HTTP: an RFC 9457 problem with the status of its kind and its rule code. */
class LifecycleRefusalIT extends IntegrationTest {

    private String office;
    private String committee;
    private String bureau;

    @BeforeEach
    void tokens() {
        office = tokenFor("street-office");
        committee = tokenFor("owners-committee");
        bureau = tokenFor("housing-bureau");
    }

    private LifecycleSteps registered() {
        String id = newCompoundId();
        Map<String, Object> small = new HashMap<>(registration(id, "和平里" + id.substring(10), 1992));
        small.put("households", 30);
        small.put("floorArea", "2400.00");
        register(office, small).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        project.roster(office, LifecycleSteps.units("3-1-", 1, 30, "80.00")).expectStatus().isOk();
        return project;
    }

    /** Scheme submitted with the given residents' share; self-governance formed unless told otherwise. */
    private LifecycleSteps submitted(String residentContribution, boolean selfGoverned) {
        LifecycleSteps project = registered();
        project.wishesSurvey(office).expectStatus().isOk();
        if (selfGoverned) {
            project.selfGovernance(committee).expectStatus().isOk();
        }
        project.applicationAgreedBy(office, java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "3-1-" + i).toList());
        project.application(committee).expectStatus().isOk();
        project.scheme(office, residentContribution).expectStatus().isOk();
        return project;
    }

    /** 30 households of 2,400 m²: two thirds is 20 owners and 1,600 m²; {@code agreeing} owners of 80 m² agree. */
    private void votes(LifecycleSteps project, int agreeing) {
        for (int i = 1; i <= agreeing; i++) {
            project.vote(office, "SCHEME", "3-1-" + i, "80.00", "AGREE").expectStatus().isOk();
        }
    }

    private static void problem(WebTestClient.ResponseSpec response, HttpStatus status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void shouldRefuseRegisteringAnExcludedCompound() {
        String id = newCompoundId();
        Map<String, Object> urbanVillage = new HashMap<>(registration(id, "城中村" + id.substring(10), 1985));
        urbanVillage.put("exclusions", java.util.List.of("URBAN_VILLAGE"));
        register(office, urbanVillage).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("COMPOUND_NOT_ELIGIBLE")
                .jsonPath("$.field").isEqualTo("exclusions");
    }

    @Test
    void shouldRefuseAStepOutOfOrder() {
        problem(registered().scheme(office, "100000.00"), HttpStatus.UNPROCESSABLE_CONTENT, "LIFECYCLE_STEP_OUT_OF_ORDER");
    }

    @Test
    void shouldRefuseApproval_whenTheNoticeHasNotRun() {
        LifecycleSteps project = submitted("100000.00", true);
        // posted today (the server's): its five working days lie ahead
        project.notice(office, java.time.LocalDate.now(java.time.Clock.offset(java.time.Clock.systemUTC(), CLOCK_SHIFT)
                .withZone(java.time.ZoneId.of("Asia/Shanghai"))).toString()).expectStatus().isOk();
        problem(project.approve(bureau), HttpStatus.UNPROCESSABLE_CONTENT, "NOTICE_PERIOD_NOT_OVER");
    }

    @Test
    void shouldRefuseApproval_whenTheCountIsOpen_andThenWhenConsentFallsShort() {
        LifecycleSteps project = submitted("100000.00", true);
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        votes(project, 19);   // one owner (and 80 m²) short of two thirds
        problem(project.approve(bureau), HttpStatus.UNPROCESSABLE_CONTENT, "CONSENT_COUNT_NOT_CLOSED");
        project.closeCount(office, "SCHEME").expectStatus().isOk();
        problem(project.approve(bureau), HttpStatus.UNPROCESSABLE_CONTENT, "CONSENT_THRESHOLD_NOT_MET");
        problem(project.vote(office, "SCHEME", "3-1-30", "80.00", "AGREE"), HttpStatus.UNPROCESSABLE_CONTENT,
                "CONSENT_COUNT_CLOSED");
    }

    @Test
    void shouldRefuseApproval_whenTheFundingPlanFallsOneFenShortOfTheBudget() {
        LifecycleSteps project = submitted("99999.99", true);
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        votes(project, 21);
        project.closeCount(office, "SCHEME").expectStatus().isOk();
        problem(project.approve(bureau), HttpStatus.UNPROCESSABLE_CONTENT, "FUNDING_DOES_NOT_COVER_BUDGET");
    }

    @Test
    void shouldRefuseApproval_withoutASelfGovernanceOrganisation() {
        LifecycleSteps project = submitted("100000.00", false);
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        votes(project, 21);
        project.closeCount(office, "SCHEME").expectStatus().isOk();
        problem(project.approve(bureau), HttpStatus.UNPROCESSABLE_CONTENT, "SELF_GOVERNANCE_MISSING");
    }

    @Test
    void shouldRefuseApprovalByAStreetOffice_andVotesRecordedByAnotherStreetOffice() {
        LifecycleSteps project = submitted("100000.00", true);
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        problem(project.approve(office), HttpStatus.FORBIDDEN, "ACCESS_DENIED");
        problem(project.vote(tokenFor("street-office-2"), "SCHEME", "1-1-1", "80", "AGREE"), HttpStatus.FORBIDDEN,
                "ACCESS_DENIED");
    }

    @Test
    void shouldRefuseAMilestoneBeforeApproval_andAStepOnAnUnknownCompound_andBadInput() {
        LifecycleSteps project = submitted("100000.00", true);
        problem(project.milestone(bureau, "ENTERED_ANNUAL_PLAN", 0), HttpStatus.UNPROCESSABLE_CONTENT,
                "LIFECYCLE_STEP_OUT_OF_ORDER");
        problem(new LifecycleSteps(http, "520523001-nosuch").wishesSurvey(office), HttpStatus.NOT_FOUND, "COMPOUND_NOT_FOUND");
        problem(project.vote(office, "SCHEME", "1-1-1", "-5", "AGREE"), HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    }
}
