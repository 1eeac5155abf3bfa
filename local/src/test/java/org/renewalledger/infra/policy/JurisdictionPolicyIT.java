package org.renewalledger.infra.policy;

import org.renewalledger.infra.compound.LifecycleSteps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A county sets its own policy by command, and the next approval in that county names that version. The
 * policy keeps the default numbers (other tests share the county), so only the version tells it apart.
 */
class JurisdictionPolicyIT extends IntegrationTest {

    @Test
    void shouldDecideUnderTheCountysPolicySetByCommand_andRefuseReusingItsVersion() {
        String bureau = tokenFor("housing-bureau");
        String office = tokenFor("street-office");
        String version = "jinsha-it-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> policy = Map.of("version", version, "builtBeforeYear", 2000, "consentPolicy", "double-two-thirds",
                "noticeWorkingDays", 5, "minimumResidentSharePercent", 10);

        setPolicy(tokenFor("street-office"), policy).expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
        setPolicy(bureau, policy).expectStatus().isOk();
        setPolicy(bureau, policy).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("POLICY_VERSION_REUSED");

        String id = newCompoundId();
        Map<String, Object> small = new HashMap<>(registration(id, "政策小区" + id.substring(10), 1993));
        small.put("households", 3);
        small.put("floorArea", "240.00");
        register(office, small).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        project.roster(office, List.of(LifecycleSteps.unit("1", "80"), LifecycleSteps.unit("2", "80"),
                LifecycleSteps.unit("3", "80"))).expectStatus().isOk();
        project.wishesSurvey(office).expectStatus().isOk();
        project.selfGovernance(tokenFor("owners-committee")).expectStatus().isOk();
        project.applicationAgreedBy(office, List.of("1", "2", "3"));
        project.application(tokenFor("owners-committee")).expectStatus().isOk();
        project.scheme(office, "100000.00").expectStatus().isOk();
        project.notice(office, LifecycleSteps.NOTICE_STARTS).expectStatus().isOk();
        project.vote(office, "SCHEME", "1", "80", "AGREE").expectStatus().isOk();
        project.vote(office, "SCHEME", "2", "80", "AGREE").expectStatus().isOk();
        project.closeCount(office, "SCHEME").expectStatus().isOk();
        project.approve(bureau).expectStatus().isOk();

        String decidedUnder = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'policyVersion' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%SchemeApprovedEvent'", String.class, id);
        assertThat(decidedUnder).isEqualTo(version);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec setPolicy(String token, Map<String, Object> body) {
        return http.put().uri("/api/policies/520523").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
