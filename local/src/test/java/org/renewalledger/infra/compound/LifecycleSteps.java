package org.renewalledger.infra.compound;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP calls of the lifecycle, named for the step, so that the walk-through reads as the process. */
public final class LifecycleSteps {

    /** Mon 29 Sep 2025: with the National Day holiday, the 5th working day is Sat 11 Oct 2025. */
    public static final String NOTICE_STARTS = "2025-09-29";

    private final WebTestClient http;
    private final String compoundId;

    public LifecycleSteps(WebTestClient http, String compoundId) {
        this.http = http;
        this.compoundId = compoundId;
    }

    public WebTestClient.ResponseSpec post(String token, String step, Object body) {
        return http.post().uri("/api/compounds/" + compoundId + "/" + step)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    public WebTestClient.ResponseSpec wishesSurvey(String token) {
        return post(token, "wishes-survey", Map.of("households", 240, "inFavour", 221, "surveyedOn", "2025-06-03"));
    }

    public WebTestClient.ResponseSpec application(String token) {
        return post(token, "application", Map.of("applicant", "幸福里小区业主委员会", "appliedOn", "2025-06-20"));
    }

    public WebTestClient.ResponseSpec selfGovernance(String token) {
        return post(token, "self-governance", Map.of("kind", "OWNERS_COMMITTEE", "name", "幸福里小区业主委员会",
                "formedOn", "2025-06-10"));
    }

    public WebTestClient.ResponseSpec scheme(String token, String residentContribution) {
        return post(token, "scheme", Map.of(
                "items", List.of(
                        Map.of("category", "BASIC", "name", "雨污分流改造", "budget", "600000.00"),
                        Map.of("category", "IMPROVEMENT", "name", "外墙保温", "budget", "400000.00")),
                "funding", List.of(
                        Map.of("source", "CENTRAL_SUBSIDY", "amount", "700000.00"),
                        Map.of("source", "LOCAL_BUDGET", "amount", "200000.00"),
                        Map.of("source", "RESIDENT_CONTRIBUTION", "amount", residentContribution)),
                "longTermManagementPlan", "成立业主委员会，选聘物业服务企业"));
    }

    public WebTestClient.ResponseSpec notice(String token, String startsOn) {
        return post(token, "notice", Map.of("startsOn", startsOn));
    }

    public WebTestClient.ResponseSpec vote(String token, String matter, String owner, String area, String choice) {
        return post(token, "consent/" + matter, Map.of("owner", owner, "exclusiveArea", area, "choice", choice,
                "channel", "PAPER_FORM"));
    }

    public WebTestClient.ResponseSpec closeCount(String token, String matter) {
        return post(token, "consent/" + matter + "/close", Map.of());
    }

    public WebTestClient.ResponseSpec approve(String token) {
        return post(token, "approval", Map.of());
    }

    public WebTestClient.ResponseSpec milestone(String token, String milestone, int residentRepresentatives) {
        return post(token, "milestones", Map.of("milestone", milestone, "reachedOn", "2025-11-03",
                "reference", "金沙县-" + milestone, "residentRepresentatives", residentRepresentatives));
    }
}
