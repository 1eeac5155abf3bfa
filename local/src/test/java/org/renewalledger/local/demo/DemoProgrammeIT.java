package org.renewalledger.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.kernel.assessment.ReportStatusView;
import org.renewalledger.kernel.assessment.ReportTimeliness;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.dashboard.DashboardView;
import org.renewalledger.kernel.review.ReviewCaseView;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.compound.CompoundPage;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.CompoundView;
import org.renewalledger.kernel.compound.ConsentTallyView;
import org.renewalledger.kernel.compound.PipelineView;
import org.renewalledger.kernel.compound.ProjectTimeline;
import org.renewalledger.kernel.funding.ProjectFundingView;
import org.renewalledger.kernel.funding.SpendingProgressView;
import org.springframework.beans.factory.annotation.Autowired;
import java.time.Clock;

/** The demo programme loads through the public API, populates every screen, and loads only once. */
class DemoProgrammeIT extends DemoProgrammeTest {

    @Autowired
    private Clock clock;

    @Test
    void shouldLoadTheWholeProgrammeAtStartUp() {
        assertThat(startUpLoad.compoundsLoaded()).isEqualTo(15);
        assertThat(startUpLoad.compoundsAlreadyThere()).isZero();
        // about 1,350 commands; a newcomer waits a minute or so on a busy two-core machine
        assertThat(startUpLoad.commands()).isGreaterThan(1_000);
        assertThat(startUpLoad.took()).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void shouldPutACompoundAtEveryStageOfTheLifecycle() {
        String token = tokenFor("housing-bureau");
        eventually(() -> {
            PipelineView pipeline = get(token, "/api/projects/pipeline?within=520523", PipelineView.class);
            assertThat(pipeline.projectsByStatus()).allSatisfy((stage, count) ->
                    assertThat(count).as(stage.name()).isGreaterThanOrEqualTo(1));
            assertThat(pipeline.projectsByStatus().get(CompoundStatus.UNDER_CONSTRUCTION)).isGreaterThanOrEqualTo(3);
        });
        CompoundPage page = get(token, "/api/projects?within=520523&size=200", CompoundPage.class);
        List<CompoundView> demo = page.items().stream().filter(c -> c.compoundId().contains("-D0")).toList();
        assertThat(demo).hasSize(15);
        // the seeds' county plan: 15 compounds, 150 buildings, 1,800 households, 140,000 m²
        assertThat(demo.stream().mapToInt(CompoundView::households).sum()).isEqualTo(1806);
        assertThat(demo.stream().mapToInt(CompoundView::buildings).sum()).isEqualTo(150);
        assertThat(demo.stream().map(CompoundView::streetOfficeCode).distinct()).hasSize(3);
    }

    @Test
    void shouldRecordVotesMoneyAndTheWholeTimelineOfTheFirstCompound() {
        String token = tokenFor("auditor");
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        // 幸福里小区: 13,104 m² at 300 yuan/m² = 3,931,200.00 budget; allocated central 50%, provincial 10%,
        // local 25%, residents 10%, a telecom relocation of 4% (65/35) = 3,891,888.00; disbursed: all of the
        // central subsidy and 40% of the local budget = 2,358,720.00; spent 90% of the central = 1,769,040.00.
        eventually(() -> {
            ProjectFundingView funding = get(token, "/api/projects/520523001-D01-" + year + "/funding", ProjectFundingView.class);
            assertThat(funding.allocated()).isEqualByComparingTo("3891888.00");
            assertThat(funding.disbursed()).isEqualByComparingTo("2358720.00");
            assertThat(funding.spent()).isEqualByComparingTo("1769040.00");
            assertThat(funding.milestones()).contains("CONSTRUCTION_STARTED", "COMPLETION_ACCEPTED", "FINAL_ACCOUNTS_SUBMITTED");
        });
        eventually(() -> {
            ProjectTimeline timeline = get(token, "/api/compounds/520523001-D01/timeline", ProjectTimeline.class);
            assertThat(timeline.entries()).extracting(ProjectTimeline.Entry::event)
                    .contains("CompoundRegistered", "SchemeApproved", "ComplaintRecorded", "LongTermManagementSetUp",
                            "ElevatorConsentClosed");
        });
        ConsentTallyView tally = get(token, "/api/compounds/520523001-D01/consent/SCHEME", ConsentTallyView.class);
        assertThat(tally.agreeOwners()).isEqualTo(127); // 168 × 3/4 + 1 of 168 owners agree, 3 disagree
        assertThat(tally.disagreeOwners()).isEqualTo(3);
        assertThat(tally.passed()).isTrue();
        SpendingProgressView county = get(token, "/api/funding/progress?jurisdiction=520523", SpendingProgressView.class);
        assertThat(county.allocated()).isGreaterThan(new BigDecimal("3891888.00"));
        assertThat(county.spendingProgressPercent()).isBetween(BigDecimal.ONE, new BigDecimal("99"));
    }

    @Test
    void shouldPublishLastMonthsRankingWithGradesAndLaggingUnits() {
        String token = tokenFor("housing-bureau");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        YearMonth month = AssessmentScript.closableMonth(today);
        MonthlyAssessmentView assessment = get(token, "/api/assessments/520523/" + month, MonthlyAssessmentView.class);
        assertThat(assessment.issues()).hasSize(1);
        List<UnitResult> published = assessment.latestIssue().results();
        // under the default policy no quotas cap the grades, and a unit lags when more than 10% behind its own
        // schedule: 岩孔, 龙溪 and 沙河 have none of their due starts; 鼓场 and 西洛 are on or near theirs
        if (month.getMonthValue() >= 6) { // the milestones, 130 and 50 days back, lie in the plan year
            assertThat(published).extracting(r -> r.unit().id())
                    .containsExactly("520523001", "520523002", "520523003", "520523004", "520523005");
            assertThat(published).extracting(UnitResult::grade)
                    .containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.FAIL, Grade.FAIL, Grade.FAIL);
            assertThat(published).extracting(UnitResult::lagging).containsExactly(false, false, true, true, true);
            assertThat(published).extracting(UnitResult::scoreHundredths).endsWith(0, 0, 0);
            assertThat(published).extracting(UnitResult::shortfall).endsWith(10_000, 10_000, 10_000);
        }
        // a unit with more than 95 points is never lagging for being low in a ranking
        assertThat(published).filteredOn(r -> r.scoreHundredths() > 9500).allSatisfy(r -> assertThat(r.lagging()).isFalse());
        assertThat(assessment.indicatorPolicy()).isEqualTo(AssessmentPolicy.DEFAULT.version());
        ReportStatusView reports = get(token, "/api/assessments/520523/" + month + "/reports", ReportStatusView.class);
        assertThat(reports.units()).extracting(ReportStatusView.Line::timeliness)
                .containsOnly(ReportTimeliness.LATE, ReportTimeliness.MISSING);
        assertThat(reports.units()).filteredOn(line -> line.timeliness() == ReportTimeliness.MISSING)
                .extracting(ReportStatusView.Line::unitId).containsExactly("520523003");

        eventually(() -> {
            DashboardView dashboard = get(token, "/api/dashboard?within=520523&year=" + month.getYear(), DashboardView.class);
            assertThat(dashboard.latestRanking().month()).isEqualTo(month.toString());
            assertThat(dashboard.lagging()).extracting(DashboardView.LaggingUnit::unitId)
                    .containsExactlyInAnyOrder("520523003", "520523004", "520523005");
            // the escalation ladder proposes a measure for every lagging unit; the bottom one has an open case
            assertThat(dashboard.lagging()).allSatisfy(unit -> assertThat(unit.proposedMeasure()).isNotNull());
            assertThat(dashboard.lagging()).filteredOn(unit -> unit.unitId().equals("520523004"))
                    .singleElement().satisfies(unit -> assertThat(unit.openCases())
                            .containsExactly(AssessmentScript.caseId(month) + " RECTIFICATION_ORDERED"));
        });
    }

    @Test
    void shouldCarryAReviewCaseOfTheBottomUnitToARectificationOrder() {
        String token = tokenFor("discipline-office");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        String caseId = AssessmentScript.caseId(AssessmentScript.closableMonth(today));
        eventually(() -> {
            ReviewCaseView reviewCase = get(token, "/api/review-cases/" + caseId, ReviewCaseView.class);
            assertThat(reviewCase.unitId()).isEqualTo("520523004");
            assertThat(reviewCase.rectificationDeadline()).isEqualTo(today.plusDays(30));
            assertThat(reviewCase.rectificationOverdue()).isFalse();
            assertThat(reviewCase.steps()).hasSize(4);
            assertThat(reviewCase.steps()).extracting(ReviewCaseView.Step::measure).contains("ADMONISHMENT_TALK");
            assertThat(reviewCase.steps()).extracting(ReviewCaseView.Step::actorRole).containsOnly("DISCIPLINE_OFFICE");
        });
    }

    @Test
    void shouldChangeNothingWhenLoadedAgain() {
        // the escalation ladder answers the start-up close asynchronously: let it finish before counting events
        String token = tokenFor("housing-bureau");
        int year = AssessmentScript.closableMonth(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))).getYear();
        eventually(() -> assertThat(get(token, "/api/dashboard?within=520523&year=" + year, DashboardView.class).lagging())
                .hasSize(3).allSatisfy(unit -> assertThat(unit.proposedMeasure()).isNotNull()));
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        DemoLoader.DemoReport again = demo.load();

        assertThat(again.compoundsLoaded()).isZero();
        assertThat(again.compoundsAlreadyThere()).isEqualTo(15);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    private <T> T get(String token, String uri, Class<T> type) {
        return http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(type).returnResult().getResponseBody();
    }

}
