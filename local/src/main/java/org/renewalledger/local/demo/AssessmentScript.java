package org.renewalledger.local.demo;

import static org.renewalledger.kernel.compound.CompoundStatus.COMPLETED;
import static org.renewalledger.kernel.compound.CompoundStatus.UNDER_CONSTRUCTION;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.compound.CompoundStatus;

/**
 * The demo county's month of assessment, after its compounds are loaded: the five street offices' annual
 * plans, their reports for the last month that may be closed (all sent today, so late, and 岩孔街道's
 * missing), the close that publishes the ranking (on which the escalation ladder proposes measures), and a
 * review case on the bottom unit carried to a rectification order. Every step looks first and sends only
 * what is not there yet: a month already closed is left alone, a report already in is not corrected, a
 * case number already taken (409) is not carried further.
 */
final class AssessmentScript {

    /** Milestone dates of {@link CompoundScript}: construction started 130 days ago, accepted 50 days ago. */
    private static final int STARTED_DAYS_AGO = 130;
    private static final int ACCEPTED_DAYS_AGO = 50;
    private static final Duration READ_MODEL_WAIT = Duration.ofMinutes(5);

    private final DemoTokens tokens;
    private final DemoClient client;
    private final LocalDate today;
    private final YearMonth month;
    private final String assessmentPath;

    AssessmentScript(DemoTokens tokens, DemoClient client, LocalDate today) {
        this.tokens = tokens;
        this.client = client;
        this.today = today;
        this.month = closableMonth(today);
        this.assessmentPath = "/api/assessments/" + DemoProgramme.COUNTY + "/" + month;
    }

    /** The latest month that may be closed today: its reports were due (the 5th of the next month) before today. */
    static YearMonth closableMonth(LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return today.isAfter(AssessmentPolicy.DEFAULT.reportDueOn(last)) ? last : last.minusMonths(1);
    }

    /** The review case's number: one per assessed month. */
    static String caseId(YearMonth month) {
        return "DC-" + month + "-01";
    }

    YearMonth month() {
        return month;
    }

    void run() {
        JsonNode assessment = client.get(tokens.housingBureau(), assessmentPath);
        if (assessment.path("issues").isEmpty()) {
            Set<String> planned = new java.util.HashSet<>();
            assessment.path("units").forEach(unit -> planned.add(unit.path("result").path("unit").path("id").asText()));
            for (DemoPlan plan : DemoProgramme.PLANS) {
                if (!planned.contains(plan.office().code())) {
                    client.post(tokens.housingBureau(), "/api/assessments/plans", plan(plan));
                }
            }
            Map<String, String> reported = new HashMap<>();
            client.get(tokens.housingBureau(), assessmentPath + "/reports").path("units")
                    .forEach(line -> reported.put(line.path("unitId").asText(), line.path("timeliness").asText()));
            for (DemoPlan plan : DemoProgramme.PLANS) {
                String status = reported.getOrDefault(plan.office().code(), "MISSING");
                if (plan.reports() && (status.equals("MISSING") || status.equals("PENDING"))) {
                    client.post(tokens.reporter(plan.office()), "/api/assessments/reports", report(plan));
                }
            }
            awaitLiveAssessment();
            // 409: closed meanwhile (by a person, or a load running in parallel) — what was published stands
            client.post(tokens.housingBureau(), assessmentPath + "/close", Map.of(), Set.of(409));
        }
        openReviewCase();
    }

    private Map<String, Object> plan(DemoPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitKind", "STREET_OFFICE");
        body.put("unitId", plan.office().code());
        body.put("assessingJurisdiction", DemoProgramme.COUNTY);
        body.put("year", month.getYear());
        body.put("compoundsToStart", plan.compoundsToStart());
        body.put("compoundsToComplete", plan.compoundsToComplete());
        body.put("buildings", plan.buildings());
        body.put("households", plan.households());
        body.put("floorArea", plan.floorArea());
        body.put("fundsToSpend", "0.00");
        body.put("startsOn", LocalDate.of(month.getYear(), 1, 1).toString());
        body.put("deadline", LocalDate.of(month.getYear(), 12, 31).toString());
        return body;
    }

    private Map<String, Object> report(DemoPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitKind", "STREET_OFFICE");
        body.put("unitId", plan.office().code());
        body.put("assessingJurisdiction", DemoProgramme.COUNTY);
        body.put("month", month.toString());
        body.put("compoundsStarted", expected(plan.office(), UNDER_CONSTRUCTION, STARTED_DAYS_AGO));
        body.put("compoundsCompleted", expected(plan.office(), COMPLETED, ACCEPTED_DAYS_AGO));
        body.put("households", DemoProgramme.COMPOUNDS.stream()
                .filter(c -> c.office().equals(plan.office()) && c.reached(UNDER_CONSTRUCTION)).mapToInt(DemoCompound::households).sum());
        body.put("fundsSpent", "0.00");
        body.put("summary", month.getMonthValue() + "月份" + plan.office().name() + "老旧小区改造进展");
        return body;
    }

    /** Compounds of the office the month's assessment counts at a stage: reached, and dated inside the plan year up to the month's end. */
    private int expected(DemoStreetOffice office, CompoundStatus stage, int daysAgo) {
        LocalDate reachedOn = today.minusDays(daysAgo);
        if (reachedOn.getYear() != month.getYear() || reachedOn.isAfter(month.atEndOfMonth())) {
            return 0;
        }
        return (int) DemoProgramme.COMPOUNDS.stream().filter(c -> c.office().equals(office) && c.reached(stage)).count();
    }

    /**
     * The close freezes what the live assessment shows, which is read from a projection a moment behind the
     * store: wait until it counts every demo milestone and report, so the published ranking is the intended one.
     */
    private void awaitLiveAssessment() {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        while (!liveAssessmentComplete()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The live assessment of " + month + " did not catch up within " + READ_MODEL_WAIT);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while loading the demo", e);
            }
        }
    }

    private boolean liveAssessmentComplete() {
        JsonNode units = client.get(tokens.housingBureau(), assessmentPath).path("units");
        if (units.size() != DemoProgramme.PLANS.size()) {
            return false;
        }
        for (JsonNode unit : units) {
            String id = unit.path("result").path("unit").path("id").asText();
            DemoPlan plan = DemoProgramme.PLANS.stream().filter(p -> p.office().code().equals(id)).findFirst().orElse(null);
            if (plan == null || !unit.path("report").asText().equals(plan.reports() ? "LATE" : "MISSING")) {
                return false;
            }
            for (JsonNode indicator : unit.path("indicators")) {
                String kind = indicator.path("kind").asText();
                if (kind.equals("STARTS") && indicator.path("actual").asInt() != expected(plan.office(), UNDER_CONSTRUCTION, STARTED_DAYS_AGO)
                        || kind.equals("COMPLETIONS") && indicator.path("actual").asInt() != expected(plan.office(), COMPLETED, ACCEPTED_DAYS_AGO)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The discipline office's case on the bottom unit: finding, conclusion, a measure and a rectification order. */
    private void openReviewCase() {
        String caseId = caseId(month);
        DemoStreetOffice unit = DemoProgramme.REVIEWED;
        String office = tokens.disciplineOffice();
        String label = month.getMonthValue() + "月";
        DemoClient.Answer finding = client.post(office, "/api/review-cases", Map.of("caseId", caseId, "unitId", unit.code(),
                "assessingJurisdiction", DemoProgramme.COUNTY, "month", month.toString(),
                "finding", unit.name() + label + "考核排名末位，开工小区为零，月报数据与台账不符"), Set.of(409));
        if (finding.status() == 409) {
            return; // the case is there: the demo does not carry it further a second time
        }
        String path = "/api/review-cases/" + caseId;
        client.post(office, path + "/conclusion", Map.of("conclusion", "年度开工任务严重滞后，责令限期整改"));
        client.post(office, path + "/measures", Map.of("measure", "ADMONISHMENT_TALK", "note", "约谈" + unit.name() + "主要负责人"));
        client.post(office, path + "/rectification-order", Map.of("requirement", "30日内完成3个小区开工前置手续并报送整改报告",
                "deadline", today.plusDays(30).toString()));
    }
}
