package org.renewalledger.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * The plan's named compounds read by the default (assessment-2026.3): 介福路 (510903001) plans 4 starts in 2020 and
 * names 5 implement compounds (实施), one to prepare (谋划) and one in reserve (储备). By 31 December it started
 * 001–003 only: 004 and 005 were due by the plan's deadline and cost 0.50 each, named in the deduction; the 谋划 and
 * 储备 compounds are not due in the plan year. Before the deadline nothing is due; the 2026.2 policy does not read the
 * list at all; the cap holds the deduction at 5.00.
 */
class PlanCompoundsAssessmentTest {

    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    private static final ResponsibleUnit OFFICE = ResponsibleUnit.streetOffice(JurisdictionCode.of("510903001"));
    private static final Instant RECORDED = Instant.parse("2020-12-20T02:00:00Z");
    private static final FactRef LISTING = new FactRef("e-listing", "PlanCompoundsListed", Instant.parse("2019-12-20T02:00:00Z"),
            "chen", "HOUSING_BUREAU", "plan-510903001-2020", LocalDate.of(2019, 12, 20), 0);

    private static String compound(int n) {
        return String.format("510903001-%03d", n);
    }

    private static List<PlannedCompound> named(int implement) {
        List<PlannedCompound> named = new ArrayList<>();
        for (int i = 1; i <= implement; i++) {
            named.add(new PlannedCompound(CompoundId.of(compound(i)), PlanTier.IMPLEMENT));
        }
        named.add(new PlannedCompound(CompoundId.of(compound(90)), PlanTier.PREPARE));
        named.add(new PlannedCompound(CompoundId.of(compound(91)), PlanTier.RESERVE));
        return named;
    }

    private static UnitFacts facts(int started, int implement) {
        List<FactRef> starts = new ArrayList<>();
        for (int i = 1; i <= started; i++) {
            starts.add(new FactRef(compound(i) + "-started", "MilestoneReached", RECORDED, "b", "IMPLEMENTING_ENTITY", compound(i),
                    LocalDate.of(2020, 6, i), 60));
        }
        FactRef plan = new FactRef("e-plan", "AnnualPlanSet", RECORDED, "chen", "HOUSING_BUREAU", "plan-510903001-2020", START, 0);
        return new UnitFacts(OFFICE, new PlanTargets(4, 0, 0, 240, new Area(0), Money.ofFen(0)), START, DEADLINE, plan, starts,
                List.of(), List.of(), ReportTimeliness.ON_TIME, LocalDate.of(2021, 1, 5), null).withPlanCompounds(named(implement), LISTING);
    }

    @Test
    void shouldCountImplementCompoundsNotStartedByTheDeadline_againstTheUnit_andNameThem() {
        UnitAssessment december = MonthlyAssessmentCalculator.score(AssessmentPolicy.DEFAULT, YearMonth.of(2020, 12), facts(3, 5));

        assertThat(december.planCompounds()).extracting(PlanCompoundLine::status).containsExactly(
                PlanCompoundLine.Status.STARTED, PlanCompoundLine.Status.STARTED, PlanCompoundLine.Status.STARTED,
                PlanCompoundLine.Status.NOT_STARTED, PlanCompoundLine.Status.NOT_STARTED,
                PlanCompoundLine.Status.PENDING, PlanCompoundLine.Status.PENDING);
        assertThat(december.planCompounds().get(0).startedOn()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(december.planCompounds().get(0).start().eventId()).isEqualTo("510903001-001-started");
        assertThat(december.planCompounds().get(3).dueOn()).isEqualTo(DEADLINE);
        assertThat(december.planCompounds().get(5).dueOn()).isNull(); // 谋划: not due in the plan year
        assertThat(december.deductions()).singleElement().satisfies(d -> {
            assertThat(d.item()).isEqualTo("计划实施小区逾期未开工：510903001-004、510903001-005");
            assertThat(d.points()).isEqualTo(100);
            assertThat(d.dueOn()).isEqualTo(DEADLINE);
            assertThat(d.facts()).containsExactly(LISTING);
        });
        // 3 of 4 starts, 180 of 240 households (100% due): 60 × 3/4 + 40 × 3/4 = 75.00, less 1.00
        assertThat(december.indicatorPoints()).isEqualTo(7500);
        assertThat(december.result().scoreHundredths()).isEqualTo(7400);
    }

    @Test
    void shouldCountNothing_beforeTheDeadline() {
        UnitAssessment november = MonthlyAssessmentCalculator.score(AssessmentPolicy.DEFAULT, YearMonth.of(2020, 11), facts(3, 5));

        assertThat(november.planCompounds()).extracting(PlanCompoundLine::status).containsExactly(
                PlanCompoundLine.Status.STARTED, PlanCompoundLine.Status.STARTED, PlanCompoundLine.Status.STARTED,
                PlanCompoundLine.Status.PENDING, PlanCompoundLine.Status.PENDING,
                PlanCompoundLine.Status.PENDING, PlanCompoundLine.Status.PENDING);
        assertThat(november.deductions()).isEmpty();
    }

    @Test
    void shouldNotReadTheList_underTheSecondReleasesPolicy() {
        UnitAssessment december = MonthlyAssessmentCalculator.score(AssessmentPolicy.ASSESSMENT_2026_2, YearMonth.of(2020, 12),
                facts(3, 5));

        assertThat(december.deductions()).isEmpty();
        assertThat(december.result().scoreHundredths()).isEqualTo(7500);
        // the explanation still shows where the named compounds stand
        assertThat(december.planCompounds()).hasSize(7);
    }

    @Test
    void shouldCapTheDeductionAtFivePoints() {
        UnitAssessment december = MonthlyAssessmentCalculator.score(AssessmentPolicy.DEFAULT, YearMonth.of(2020, 12), facts(3, 20));

        assertThat(december.deductions()).singleElement().satisfies(d -> assertThat(d.points()).isEqualTo(500)); // 17 × 0.50 = 8.50
    }

    @Test
    void shouldCountACompoundStartedByTheDeadline_asStarted_whoeverRecordedIt() {
        UnitAssessment december = MonthlyAssessmentCalculator.score(AssessmentPolicy.DEFAULT, YearMonth.of(2020, 12), facts(5, 5));

        assertThat(december.planCompounds()).filteredOn(c -> c.tier() == PlanTier.IMPLEMENT)
                .extracting(PlanCompoundLine::status).containsOnly(PlanCompoundLine.Status.STARTED);
        assertThat(december.deductions()).isEmpty();
    }
}
