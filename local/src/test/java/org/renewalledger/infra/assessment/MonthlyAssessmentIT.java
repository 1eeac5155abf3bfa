package org.renewalledger.infra.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * October 2025 of the seed district through HTTP: plans, reports and compounds go in as commands, the live
 * assessment, breakdowns, export, close, late correction, reissue and replay come back over HTTP, and every
 * figure is the hand-computed one of {@code FirstReleaseDistrictAssessmentTest}, under the first release's policy
 * (assessment-2026.1), which the county adopts by name; at the end the county moves to the default policy and the
 * closed month keeps reading as it was published. Construction starts and completion
 * acceptances of 142 compounds are appended to their compounds' streams directly (the lifecycle's own tests
 * walk the HTTP path that produces them; here only the resulting events matter), with the actor metadata
 * every event carries. The test clock stands about a year back (November 2025), so October's reports,
 * due on 5 November, are late when submitted now and missing when not.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyAssessmentIT extends IntegrationTest {

    private static final String MONTH = "2025-10";
    private static final String BACKDATED = "补录历史材料（测试）";
    private static final String ASSESSMENT = "/api/assessments/" + SeedDistrict.COUNTY + "/" + MONTH;
    private static boolean seeded;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private EventStore eventStore;

    private String admin;

    @BeforeEach
    void seedTheDistrictOnce() {
        admin = tokenFor("administrator");
        if (seeded) {
            return;
        }
        // the hand-computed figures are the first release's rules, which the county chooses by name
        put(admin, "/api/policies/" + SeedDistrict.COUNTY + "/assessment", Map.of("adopt", "assessment-2026.1"))
                .expectStatus().isOk();
        for (SeedDistrict.Office office : SeedDistrict.OFFICES) {
            for (int i = 0; i < office.compounds().size(); i++) {
                int[] compound = office.compounds().get(i);
                String id = compoundId(office, i);
                register(admin, Map.of("compoundId", id, "name", office.name() + (i + 1) + "号院", "jurisdictionCode", SeedDistrict.COUNTY,
                        "streetOfficeCode", office.code(), "streetOfficeName", office.name(), "builtYear", 1995,
                        "buildings", compound[1], "households", compound[0], "floorArea", compound[0] * 75 + ".00"))
                        .expectStatus().isCreated();
            }
            setPlan(office, office.toComplete()).expectStatus().isOk();
            // one office's first compound reports its start and completion late, with a reason: the figures are the
            // same, the explanation shows those facts as claimed after the fact
            for (int i = 0; i < office.started(); i++) {
                append(compoundId(office, i), Milestone.CONSTRUCTION_STARTED, LocalDate.of(2025, 5, 10), claimFor(office, i));
            }
            for (int i = 0; i < office.completed(); i++) {
                append(compoundId(office, i), Milestone.COMPLETION_ACCEPTED, LocalDate.of(2025, 9, 20), claimFor(office, i));
            }
            if (office.reports()) {
                post(admin, "/api/assessments/reports", Map.of("unitKind", "STREET_OFFICE", "unitId", office.code(),
                        "assessingJurisdiction", SeedDistrict.COUNTY, "month", MONTH, "compoundsStarted", office.started(),
                        "compoundsCompleted", office.completed(), "households", 1000, "fundsSpent", "0.00",
                        "summary", office.name() + "十月份改造进展")).expectStatus().isOk();
            }
        }
        seeded = true;
    }

    @Test
    @Order(1)
    void shouldScoreGradeAndRankTheSeedDistrictAsComputedByHand() {
        eventually(() -> assertThat(scores(get(admin, ASSESSMENT))).containsExactly(9950, 9550, 9500, 7500, 7500));
        JsonNode units = get(admin, ASSESSMENT).path("units");
        assertThat(field(units, "unit", "id")).containsExactly("520524001", "520524002", "520524003", "520524004", "520524005");
        assertThat(field(units, "grade")).containsExactly("EXCELLENT", "GOOD", "PASS", "PASS", "PASS");
        assertThat(field(units, "rank")).containsExactly("1", "2", "3", "4", "4");
        assertThat(field(units, "lagging")).containsExactly("false", "false", "true", "true", "true");
        assertThat(get(admin, ASSESSMENT).path("issues").size()).isZero();
    }

    @Test
    @Order(2)
    void shouldExplainAUnitsScoreByTheEventsBehindIt() {
        eventually(() -> assertThat(scores(get(admin, ASSESSMENT))).contains(9500));
        JsonNode e = get(admin, ASSESSMENT + "/units/520524005");
        JsonNode households = e.path("indicators").get(2);
        assertThat(households.path("kind").asText()).isEqualTo("HOUSEHOLDS");
        assertThat(List.of(households.path("due").asLong(), households.path("actual").asLong(), households.path("points").asLong()))
                .containsExactly(1500L, 1450L, 1450L);
        assertThat(households.path("facts")).hasSize(26);
        JsonNode fact = households.path("facts").get(0);
        assertThat(fact.path("eventType").asText()).isEqualTo("MilestoneReached");
        assertThat(fact.path("actorId").asText()).isEqualTo("seed-loader");
        assertThat(fact.path("eventId").asText()).isNotBlank();
        assertThat(fact.path("recordedAt").asText()).isNotBlank();
        // each start or completion says how its claimed date stood when recorded: here one was reported late, with why
        List<JsonNode> claimedLate = new ArrayList<>();
        households.path("facts").forEach(f -> {
            assertThat(f.path("dateClaim").path("backdated").isBoolean()).isTrue();
            if (f.path("dateClaim").path("backdated").asBoolean()) {
                claimedLate.add(f);
            }
        });
        assertThat(claimedLate).isNotEmpty().allSatisfy(late -> {
            assertThat(late.path("dateClaim").path("inClosedMonth").asBoolean()).isFalse();
            assertThat(late.path("dateClaim").path("reason").asText()).isEqualTo(BACKDATED);
        });
        JsonNode deduction = e.path("deductions").get(0);
        assertThat(deduction.path("item").asText()).isEqualTo("月报迟报");
        assertThat(deduction.path("points").asInt()).isEqualTo(50);
        assertThat(deduction.path("facts").get(0).path("eventType").asText()).isEqualTo("MonthlyReportSubmitted");
        assertThat(deduction.path("facts").get(0).path("actorRole").asText()).isEqualTo("ADMINISTRATOR");

        JsonNode reports = get(admin, ASSESSMENT + "/reports");
        assertThat(reports.path("dueOn").asText()).isEqualTo("2025-11-05");
        assertThat(field(reports.path("units"), "timeliness")).containsExactly("LATE", "LATE", "MISSING", "MISSING", "LATE");

        http.get().uri(ASSESSMENT + "/units/520524999").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    @Order(3)
    void shouldExportTheRankingAndBreakdownWithChineseHeaders() throws Exception {
        eventually(() -> assertThat(scores(get(admin, ASSESSMENT))).contains(9500));
        String csv = new String(bytes(admin, ASSESSMENT + "/export.csv"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF排名,单位代码,单位类型,得分,等次,工作落后");
        assertThat(lines[1]).startsWith("1,520524001,街道,99.50,优秀,否,实时,35.00,25.00,15.00,25.00,0.50,迟报");
        assertThat(lines[3]).startsWith("3,520524003,街道,95.00,合格,是,实时,35.00,25.00,11.00,25.00,1.00,未报送");
        assertThat(lines).hasSize(6);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(admin, ASSESSMENT + "/export.xlsx")))) {
            Sheet ranking = workbook.getSheet("排名");
            assertThat(ranking.getRow(1).getCell(0).getStringCellValue()).isEqualTo("排名");
            assertThat(ranking.getRow(3).getCell(1).getStringCellValue()).isEqualTo("520524002");
            assertThat(ranking.getRow(3).getCell(4).getStringCellValue()).isEqualTo("良好");
            assertThat(ranking.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(95.5);
            assertThat(workbook.getSheet("指标明细").getPhysicalNumberOfRows()).isEqualTo(1 + 5 * 4);
            assertThat(workbook.getSheet("扣分明细").getRow(0).getCell(1).getStringCellValue()).isEqualTo("扣分项");
        }
    }

    @Test
    @Order(4)
    void shouldScopeTheAssessmentToTheCallersJurisdiction_andRefuseBadInput() {
        expectProblem(http.get().uri(ASSESSMENT).headers(h -> h.setBearerAuth(tokenFor("housing-bureau"))).exchange(), 403,
                "ACCESS_DENIED", null);
        expectProblem(http.get().uri(ASSESSMENT + "/export.csv").headers(h -> h.setBearerAuth(tokenFor("street-office"))).exchange(),
                403, "ACCESS_DENIED", null);
        // a street office sees the ranking of the county it lies in
        http.get().uri("/api/assessments/520523/" + MONTH).headers(h -> h.setBearerAuth(tokenFor("street-office"))).exchange()
                .expectStatus().isOk();
        expectProblem(http.get().uri("/api/assessments/520524/2025-13").headers(h -> h.setBearerAuth(admin)).exchange(), 400,
                "VALIDATION_FAILED", "month");
        SeedDistrict.Office outside = new SeedDistrict.Office("520523001", "鼓场街道", 1, 1, 1, 1, List.of(), 0, 0, false);
        expectProblem(setPlan(outside, 1), 400, "VALIDATION_FAILED", "unitJurisdiction");
        // the county's own bureau may not set plans in another county
        expectProblem(setPlan(tokenFor("housing-bureau"), SeedDistrict.OFFICES.get(0), 40), 403, "ACCESS_DENIED", null);
    }

    @Test
    @Order(5)
    void shouldKeepAClosedMonthUnchangedAfterALateCorrection_untilItIsReissued() {
        eventually(() -> assertThat(scores(get(admin, ASSESSMENT))).containsExactly(9950, 9550, 9500, 7500, 7500));
        post(admin, ASSESSMENT + "/close", Map.of()).expectStatus().isOk();
        eventually(() -> assertThat(get(admin, ASSESSMENT).path("issues")).hasSize(1));
        expectProblem(post(admin, ASSESSMENT + "/close", Map.of()), 409, "ASSESSMENT_ALREADY_CLOSED", null);
        JsonNode issue1 = get(admin, ASSESSMENT).path("issues").get(0);
        assertThat(issue1.path("issue").asInt()).isEqualTo(1);
        assertThat(issue1.path("eventType").asText()).isEqualTo("MonthlyAssessmentClosed");
        assertThat(field(issue1.path("results"), "scoreHundredths")).containsExactly("9950", "9550", "9500", "7500", "7500");

        // late correction: 凯旋路's completion target was 26, not 31 (25 → 21 due; 1 of 21 = 1.19 points)
        setPlan(SeedDistrict.OFFICES.get(3), 26).expectStatus().isOk();
        eventually(() -> assertThat(scores(get(admin, ASSESSMENT))).containsExactly(9950, 9550, 9500, 7519, 7500));
        JsonNode afterCorrection = get(admin, ASSESSMENT);
        assertThat(afterCorrection.path("issues")).hasSize(1);
        assertThat(afterCorrection.path("issues").get(0)).isEqualTo(issue1);
        String csv = new String(bytes(admin, ASSESSMENT + "/export.csv"), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")[4]).startsWith("4,520524004,街道,75.00,合格,是,第1期").endsWith(",75.19,是");

        expectProblem(post(admin, ASSESSMENT + "/reissue", Map.of()), 400, "VALIDATION_FAILED", "reason");
        post(admin, ASSESSMENT + "/reissue", Map.of("reason", "凯旋路街道年度完工任务更正为26个")).expectStatus().isOk();
        eventually(() -> assertThat(get(admin, ASSESSMENT).path("issues")).hasSize(2));
        JsonNode issue2 = get(admin, ASSESSMENT).path("issues").get(1);
        assertThat(issue2.path("issue").asInt()).isEqualTo(2);
        assertThat(issue2.path("reason").asText()).isEqualTo("凯旋路街道年度完工任务更正为26个");
        assertThat(field(issue2.path("results"), "scoreHundredths")).containsExactly("9950", "9550", "9500", "7519", "7500");
        assertThat(field(issue2.path("results"), "rank")).containsExactly("1", "2", "3", "4", "5");
        expectProblem(post(admin, ASSESSMENT + "/reissue", Map.of("reason", "再发一次")), 422, "ASSESSMENT_UNCHANGED", null);
    }

    @Test
    @Order(6)
    void shouldReproduceTheAssessmentByteForByte_whenTheProjectionIsReplayedFromScratch() {
        eventually(() -> assertThat(get(admin, ASSESSMENT).path("issues")).hasSize(2));
        String liveBefore = text(admin, ASSESSMENT);
        byte[] csvBefore = bytes(admin, ASSESSMENT + "/export.csv");
        List<Map<String, Object>> factsBefore = jdbc.queryForList("SELECT * FROM assessment_fact ORDER BY event_id");
        List<Map<String, Object>> issuesBefore = jdbc.queryForList("SELECT * FROM assessment_issue ORDER BY assessment_id, issue, line");

        http.post().uri("/api/admin/projections/assessment-facts/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isAccepted();

        eventually(() -> {
            JsonNode status = get(admin, "/api/admin/projections/assessment-facts");
            assertThat(status.path("replaying").asBoolean()).isFalse();
            assertThat(status.path("caughtUp").asBoolean()).isTrue();
            assertThat(jdbc.queryForList("SELECT * FROM assessment_fact ORDER BY event_id")).isEqualTo(factsBefore);
            assertThat(jdbc.queryForList("SELECT * FROM assessment_issue ORDER BY assessment_id, issue, line")).isEqualTo(issuesBefore);
        });
        assertThat(text(admin, ASSESSMENT)).isEqualTo(liveBefore);
        assertThat(bytes(admin, ASSESSMENT + "/export.csv")).isEqualTo(csvBefore);
    }

    @Test
    @Order(7)
    void shouldKeepAClosedMonthsPolicy_whenTheCountyMovesToTheDefault() {
        eventually(() -> assertThat(get(admin, ASSESSMENT).path("issues")).hasSize(2));
        String closedBefore = text(admin, ASSESSMENT);
        expectProblem(put(admin, "/api/policies/" + SeedDistrict.COUNTY + "/assessment", Map.of("adopt", "assessment-1999.1")),
                400, "VALIDATION_FAILED", "adopt");

        put(admin, "/api/policies/" + SeedDistrict.COUNTY + "/assessment", Map.of("adopt", "assessment-2026.2"))
                .expectStatus().isOk();

        String november = "/api/assessments/" + SeedDistrict.COUNTY + "/2025-11";
        eventually(() -> assertThat(get(admin, november).path("indicatorPolicy").asText()).isEqualTo("assessment-2026.2"));
        // October, closed under assessment-2026.1, reads exactly as before: live figures, issues and all
        assertThat(text(admin, ASSESSMENT)).isEqualTo(closedBefore);
        assertThat(get(admin, ASSESSMENT).path("indicatorPolicy").asText()).isEqualTo("assessment-2026.1");
        // November, open, under the default: a street office answers for starts and households, and lags only when
        // more than 10% behind its own schedule (30 November: 89% of the year due)
        JsonNode units = get(admin, november).path("units");
        for (JsonNode unit : units) {
            assertThat(field(unit.path("indicators"), "kind")).containsExactly("STARTS", "HOUSEHOLDS", "SATISFACTION");
            assertThat(unit.path("result").path("lagging").asBoolean())
                    .isEqualTo(unit.path("result").path("shortfall").asInt() > 1000);
        }
        JsonNode jiefulu = get(admin, november + "/units/520524001");
        assertThat(jiefulu.path("indicatorPoints").asInt()).isEqualTo(8927); // 60 × 32/36 = 53.33, 40 × 1,888/2,101 = 35.94
        assertThat(jiefulu.path("result").path("shortfall").asInt()).isEqualTo(1112); // 4 of 36 starts due: 11.12%
        assertThat(jiefulu.path("result").path("lagging").asBoolean()).isTrue();
    }

    @Test
    @Order(8)
    void shouldComputeANeighbouringCountysMonthsUnderTheWholePolicyItSet() throws Exception {
        String version = "it-" + UUID.randomUUID();
        String definition = """
                {"policy":{"version":"%s",
                  "answersFor":{"STREET_OFFICE":{"STARTS":4000,"BUILDINGS":3000,"FLOOR_AREA":3000},
                                "FINANCE_BUREAU":{"FUNDS":10000}},
                  "departmentsCountOwnActs":true,"zeroTarget":"REWEIGHTED","missingReportDeduction":100,
                  "lateReportDeduction":50,"excellentAbove":9500,"goodFrom":8500,"passFrom":7500,
                  "quotas":{"excellentPercent":30,"goodPercent":40},
                  "lagging":{"rule":"BEHIND_SCHEDULE","marginPercent":15,"bottomCount":0},
                  "rewards":{"perIndicatorMetEarly":50,"cap":100},"reportDueDayOfNextMonth":5,"reportTolerancePercent":5,
                  "schedule":{"version":"it-checkpoints","timeProportional":false,
                              "checkpoints":[{"days":90,"percent":40},{"days":180,"percent":70}]}}}""".formatted(version);
        put(admin, "/api/policies/520525/assessment", json.readValue(definition, Map.class)).expectStatus().isOk();
        eventually(() -> assertThat(get(admin, "/api/assessments/520525/2025-11").path("indicatorPolicy").asText())
                .isEqualTo(version));
        expectProblem(put(admin, "/api/policies/520525/assessment", json.readValue(definition.replace("\"cap\":100",
                "\"cap\":200"), Map.class)), 409, "POLICY_VERSION_REUSED", "version");
    }

    @Test
    @Order(9)
    void shouldSummariseTheWeekForTheLeadersMeeting() {
        // the starts are dated Saturday 10 May 2025: the week of Monday 5 May; the completions Saturday 20 September
        String week = "/api/dispatch/" + SeedDistrict.COUNTY + "?weekOf=2025-05-07";
        eventually(() -> assertThat(get(admin, week).path("total").path("startsInWeek").asInt()).isEqualTo(142));
        JsonNode dispatch = get(admin, week);
        assertThat(dispatch.path("weekStarting").asText()).isEqualTo("2025-05-05");
        assertThat(dispatch.path("weekEnding").asText()).isEqualTo("2025-05-11");
        assertThat(field(dispatch.path("streetOffices"), "unitId"))
                .containsExactly("520524001", "520524002", "520524003", "520524004", "520524005");
        assertThat(field(dispatch.path("streetOffices"), "startsInWeek")).containsExactly("32", "29", "29", "26", "26");
        assertThat(dispatch.path("total").path("completionsThisYear").asInt()).isZero();
        JsonNode september = get(admin, "/api/dispatch/" + SeedDistrict.COUNTY + "?weekOf=2025-09-21");
        assertThat(september.path("total").path("completionsInWeek").asInt()).isEqualTo(32 + 29 + 29 + 1 + 1);
        assertThat(september.path("total").path("startsInWeek").asInt()).isZero();
        assertThat(september.path("total").path("startsThisYear").asInt()).isEqualTo(142);

        String csv = new String(bytes(admin, "/api/dispatch/" + SeedDistrict.COUNTY + "/export.csv?weekOf=2025-05-07"),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF单位代码,本周开工,本周完工,本周拨付资金(元),年度累计开工,年度累计完工,年度累计拨付资金(元),未办结督办事项");
        assertThat(lines[1]).isEqualTo("520524001,32,0,0.00,32,0,0.00,0");
        assertThat(lines[6]).startsWith("合计,142,0,0.00,142,0,0.00,");
        expectProblem(http.get().uri("/api/dispatch/" + SeedDistrict.COUNTY + "?weekOf=2025-13-01")
                .headers(h -> h.setBearerAuth(admin)).exchange(), 400, "VALIDATION_FAILED", "weekOf");
        expectProblem(http.get().uri("/api/dispatch/" + SeedDistrict.COUNTY).headers(h -> h.setBearerAuth(tokenFor("street-office")))
                .exchange(), 403, "ACCESS_DENIED", null);
    }

    @Test
    @Order(10)
    void shouldScoreSatisfactionAndCheckReportsAgainstTheRecord() {
        // 介福路's first compound (59 households) was accepted on 20 September; 50 of 59 residents are satisfied
        post(tokenFor("administrator"), "/api/assessments/surveys", Map.of("compoundId", "520524001-001",
                "streetOffice", "520524001", "surveyedOn", "2025-10-15", "respondents", 59, "satisfied", 50))
                .expectStatus().isOk();
        String november = "/api/assessments/" + SeedDistrict.COUNTY + "/2025-11/units/520524001";
        eventually(() -> assertThat(get(admin, november).path("indicators").get(2).path("actual").asInt()).isEqualTo(50));
        JsonNode satisfaction = get(admin, november).path("indicators").get(2);
        assertThat(satisfaction.path("kind").asText()).isEqualTo("SATISFACTION");
        assertThat(List.of(satisfaction.path("weight").asInt(), satisfaction.path("due").asInt(), satisfaction.path("points").asInt()))
                .containsExactly(1000, 59, 847); // 10 × 50/59
        assertThat(get(admin, november).path("indicatorPoints").asInt()).isEqualTo(4800 + 3235 + 847);
        expectProblem(post(admin, "/api/assessments/surveys", Map.of("compoundId", "520524001-001", "streetOffice", "520524001",
                "surveyedOn", "2025-10-15", "respondents", 59, "satisfied", 60)), 400, "VALIDATION_FAILED", "satisfied");

        // 介福路's October report claims 32 starts and 32 completions, as recorded, and fewer households: nothing flagged
        JsonNode check = get(admin, ASSESSMENT + "/units/520524001").path("reportCheck");
        assertThat(field(check, "kind")).containsExactly("STARTS", "COMPLETIONS", "HOUSEHOLDS", "FUNDS");
        assertThat(field(check, "reported")).containsExactly("32", "32", "1000", "0");
        assertThat(field(check, "recorded")).containsExactly("32", "32", "1888", "0");
        assertThat(field(check, "overReported")).containsOnly("false");
    }

    @Test
    @Order(11)
    void shouldTakeThePlanAsNamedCompoundsInThreeBatches() {
        List<Map<String, Object>> named = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            named.add(Map.of("compoundId", String.format("520524001-%03d", i + 1), "tier", "IMPLEMENT"));
        }
        named.add(Map.of("compoundId", "520524001-041", "tier", "PREPARE"));
        Map<String, Object> listing = new HashMap<>(Map.of("unitKind", "STREET_OFFICE", "unitId", "520524001",
                "assessingJurisdiction", SeedDistrict.COUNTY, "year", 2025, "compounds", named));
        post(admin, "/api/assessments/plans/compounds", listing).expectStatus().isOk();
        // the plan starts 40 compounds: an implement batch of 39 does not cover them
        listing.put("compounds", named.subList(1, 41));
        expectProblem(post(admin, "/api/assessments/plans/compounds", listing), 400, "VALIDATION_FAILED", "compounds");
    }

    // ---- steps ----------------------------------------------------------------------------------------

    private static String compoundId(SeedDistrict.Office office, int index) {
        return String.format("%s-%03d", office.code(), index + 1);
    }

    private WebTestClient.ResponseSpec setPlan(SeedDistrict.Office office, int toComplete) {
        return setPlan(admin, office, toComplete);
    }

    private WebTestClient.ResponseSpec setPlan(String token, SeedDistrict.Office office, int toComplete) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitKind", "STREET_OFFICE");
        body.put("unitId", office.code());
        body.put("assessingJurisdiction", SeedDistrict.COUNTY);
        body.put("year", 2025);
        body.put("compoundsToStart", office.toStart());
        body.put("compoundsToComplete", toComplete);
        body.put("buildings", office.buildingTarget());
        body.put("households", office.householdTarget());
        body.put("floorArea", "150000.00");
        body.put("fundsToSpend", "0.00");
        body.put("startsOn", "2025-03-01");
        body.put("deadline", "2025-12-31");
        return post(token, "/api/assessments/plans", body);
    }

    private static DateClaim claimFor(SeedDistrict.Office office, int compound) {
        return office.code().equals("520524005") && compound == 0 ? new DateClaim(true, false, BACKDATED) : DateClaim.ON_TIME;
    }

    /** Appends a delivery milestone to the compound's stream, as the lifecycle would after its earlier steps. */
    private void append(String compoundId, Milestone milestone, LocalDate reachedOn, DateClaim claim) {
        Long last = jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, compoundId);
        MetaData metaData = MetaData.from(Map.of(MetaDataKeys.ACTOR_ID, "seed-loader", MetaDataKeys.ACTOR_ROLE,
                "IMPLEMENTING_ENTITY", MetaDataKeys.ACTOR_JURISDICTION, SeedDistrict.COUNTY, MetaDataKeys.CORRELATION_ID,
                UUID.randomUUID().toString()));
        eventStore.publish(new GenericDomainEventMessage<>("Compound", compoundId, last + 1,
                new MilestoneReachedEvent(CompoundId.of(compoundId), milestone, milestone.reaches(), reachedOn, "乐山-" + milestone,
                        milestone == Milestone.COMPLETION_ACCEPTED ? 3 : 0, claim, List.of()), metaData));
    }

    private WebTestClient.ResponseSpec post(String token, String uri, Map<String, Object> body) {
        return http.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String token, String uri, Map<String, Object> body) {
        return http.put().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private String text(String token, String uri) {
        return http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private byte[] bytes(String token, String uri) {
        return http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }

    private JsonNode get(String token, String uri) {
        try {
            return json.readTree(text(token, uri));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void expectProblem(WebTestClient.ResponseSpec response, int status, String code, String field) {
        JsonNode problem;
        try {
            problem = json.readTree(response.expectStatus().isEqualTo(status)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(problem.path("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
    }

    private static List<Integer> scores(JsonNode view) {
        List<Integer> scores = new ArrayList<>();
        view.path("units").forEach(u -> scores.add(u.path("result").path("scoreHundredths").asInt()));
        return scores;
    }

    /** A field of each unit's result (path below {@code result}, or below the element itself for result lists). */
    private static List<String> field(JsonNode list, String... path) {
        List<String> values = new ArrayList<>();
        list.forEach(element -> {
            JsonNode node = element.has("result") ? element.path("result") : element;
            for (String step : path) {
                node = node.path(step);
            }
            values.add(node.asText());
        });
        return values;
    }
}
