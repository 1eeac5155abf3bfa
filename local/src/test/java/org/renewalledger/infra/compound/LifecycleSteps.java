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

    /** Imports units into the owners' roster: each a map as {@link #unit} builds it. */
    public WebTestClient.ResponseSpec roster(String token, List<Map<String, Object>> units) {
        return post(token, "roster", Map.of("units", units));
    }

    /** A roster unit held by its own owner, {@code p-<code>}, its area on the real-estate register. */
    public static Map<String, Object> unit(String code, String area) {
        return Map.of("unit", code, "exclusiveArea", area, "areaBasis", "REGISTER", "owners", List.of("p-" + code));
    }

    /** Units {@code prefix + from} to {@code prefix + to}, each of {@code area}. */
    public static List<Map<String, Object>> units(String prefix, int from, int to, String area) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(i -> unit(prefix + i, area)).toList();
    }

    /**
     * The owners' count on the application (申报), which the application needs passed: every unit named agrees
     * (one survey sheet), then the count closes.
     */
    public void applicationAgreedBy(String token, List<String> unitCodes) {
        post(token, "consent/APPLICATION/import", Map.of("votes", unitCodes.stream()
                .map(code -> Map.of("unit", code, "choice", "AGREE", "channel", "PAPER_FORM")).toList()))
                .expectStatus().isOk();
        closeCount(token, "APPLICATION").expectStatus().isOk();
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
