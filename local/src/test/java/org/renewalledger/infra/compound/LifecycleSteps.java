package org.renewalledger.infra.compound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP calls of the lifecycle, named for the step, so that the walk-through reads as the process. */
public final class LifecycleSteps {

    /**
     * Mon 29 Sep 2025: counted from the day after (Civil Code Art. 201), with the National Day holiday the 5th working
     * day is Mon 13 Oct 2025. Months before the tests' today, so it is posted with a reason ({@link #LATE}).
     */
    public static final String NOTICE_STARTS = "2025-09-29";
    /** The reason the walk-throughs give for dates further back than the policy's grace. */
    public static final String LATE = "补录历史材料（测试）";

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
        return post(token, "wishes-survey", Map.of("households", 240, "inFavour", 221, "surveyedOn", "2025-06-03",
                "backdatingReason", LATE));
    }

    public WebTestClient.ResponseSpec application(String token) {
        return post(token, "application", Map.of("applicant", "幸福里小区业主委员会", "appliedOn", "2025-06-20",
                "backdatingReason", LATE));
    }

    public WebTestClient.ResponseSpec selfGovernance(String token) {
        return post(token, "self-governance", Map.of("kind", "OWNERS_COMMITTEE", "name", "幸福里小区业主委员会",
                "formedOn", "2025-06-10", "backdatingReason", LATE));
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

    /** Posts the notice with an uploaded photo of it, and a reason in case the date lies beyond the grace. */
    public WebTestClient.ResponseSpec notice(String token, String startsOn) {
        return post(token, "notice", Map.of("startsOn", startsOn, "backdatingReason", LATE,
                "attachments", List.of(uploadPhoto(http, token))));
    }

    /**
     * Uploads a small PNG as evidence and answers its SHA-256. Each call's image differs (a random pixel), so each
     * upload is a file of its own.
     */
    public static String uploadPhoto(WebTestClient http, String token) {
        return upload(http, token, png(), "photo.png").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("hash").toString();
    }

    /** Uploads {@code bytes} as the multipart part 'file', filed under the uploader's own jurisdiction. */
    public static WebTestClient.ResponseSpec upload(WebTestClient http, String token, byte[] bytes, String fileName) {
        return upload(http, token, bytes, fileName, null);
    }

    /** Uploads {@code bytes}, filed under {@code filedIn} (inside the uploader's jurisdiction), or the uploader's own when null. */
    public static WebTestClient.ResponseSpec upload(WebTestClient http, String token, byte[] bytes, String fileName,
                                                    String filedIn) {
        org.springframework.http.client.MultipartBodyBuilder body = new org.springframework.http.client.MultipartBodyBuilder();
        body.part("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri(filedIn == null ? "/api/evidence" : "/api/evidence?jurisdiction=" + filedIn)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    /** A 64 × 48 PNG with one random pixel. */
    public static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(java.util.concurrent.ThreadLocalRandom.current().nextInt(64), 0,
                java.util.concurrent.ThreadLocalRandom.current().nextInt(0xFFFFFF));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
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

    /**
     * From a registered compound to its approved scheme: 240 units on the roster (239 of 77.71 m², one of 80 m²), the
     * wishes survey, self-governance, the application all of them agree to, a scheme and its notice, then 161 units
     * agreeing to the scheme (over two thirds of owners and of area), the count closed and the bureau's approval.
     */
    public void approvedScheme(String office, String committee, String bureau) {
        List<Map<String, Object>> roster = new ArrayList<>(units("1-1-", 1, 239, "77.71"));
        roster.add(unit("2-1-1", "80.00"));
        roster(office, roster).expectStatus().isOk();
        wishesSurvey(office).expectStatus().isOk();
        selfGovernance(committee).expectStatus().isOk();
        applicationAgreedBy(office, roster.stream().map(unit -> (String) unit.get("unit")).toList());
        application(committee).expectStatus().isOk();
        scheme(office, "100000.00").expectStatus().isOk();
        notice(office, NOTICE_STARTS).expectStatus().isOk();
        for (int i = 1; i <= 161; i++) {
            vote(office, "SCHEME", "1-1-" + i, "77.71", "AGREE").expectStatus().isOk();
        }
        closeCount(office, "SCHEME").expectStatus().isOk();
        approve(bureau).expectStatus().isOk();
    }

    /**
     * Records a milestone on 3 Nov 2025 (a month before the tests' today, so with {@link #LATE}); completion acceptance
     * with an uploaded photo of the signed record, as the policy requires.
     */
    public WebTestClient.ResponseSpec milestone(String token, String milestone, int residentRepresentatives) {
        return post(token, "milestones", Map.of("milestone", milestone, "reachedOn", "2025-11-03",
                "reference", "金沙县-" + milestone, "residentRepresentatives", residentRepresentatives,
                "backdatingReason", LATE,
                "attachments", "COMPLETION_ACCEPTED".equals(milestone) ? List.of(uploadPhoto(http, token)) : List.of()));
    }
}
