package org.renewalledger.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/**
 * A start reported after the fact counts the same, and the explanation says so (docs/ASSESSMENT.md, "Claimed dates in
 * the explanation"): each fact behind a figure carries how its claimed date stood when it was recorded.
 */
class ClaimedDateExplanationTest {

    private static final LocalDate START = LocalDate.of(2020, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    private static final ResponsibleUnit OFFICE = ResponsibleUnit.streetOffice(JurisdictionCode.of("510903001"));
    private static final DateClaim LATE = new DateClaim(true, true, "开工报告补录（原件遗失）");

    @Test
    void shouldShowEachStartsClaimedDate_backdatedAndInAClosedMonthWithItsReason_besideTheOnTimeOnes() {
        List<FactRef> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            starts.add(start("s-" + i, DateClaim.ON_TIME));
        }
        starts.add(start("s-late", LATE));
        FactRef plan = new FactRef("plan", "AnnualPlanSet", Instant.EPOCH, "hb", "HOUSING_BUREAU", "plan", START, 0);
        UnitFacts facts = new UnitFacts(OFFICE, new PlanTargets(10, 10, 20, 600, new Area(0), Money.ofFen(0)), START, DEADLINE,
                plan, starts, List.of(), List.of(), ReportTimeliness.ON_TIME, LocalDate.of(2020, 9, 5), plan);

        UnitAssessment scored = MonthlyAssessmentCalculator.score(AssessmentPolicy.DEFAULT, YearMonth.of(2020, 8), facts);

        IndicatorLine line = scored.indicators().stream().filter(l -> l.kind() == IndicatorKind.STARTS).findFirst().orElseThrow();
        assertThat(line.actual()).isEqualTo(6); // the late start still counts: flagging changes no figure
        assertThat(line.facts()).filteredOn(f -> f.eventId().equals("s-late")).singleElement()
                .extracting(FactRef::dateClaim).isEqualTo(LATE);
        assertThat(line.facts()).filteredOn(f -> !f.eventId().equals("s-late"))
                .allSatisfy(f -> assertThat(f.dateClaim()).isEqualTo(DateClaim.ON_TIME));
    }

    @Test
    void shouldLeaveTheClaimAbsent_onFactsTheServerDatedItself() {
        FactRef disbursement = new FactRef("pay-1", "SubsidyDisbursed", Instant.EPOCH, "fin", "FINANCE_BUREAU", "p-1", START, 100);
        assertThat(disbursement.dateClaim()).isNull();
    }

    private static FactRef start(String id, DateClaim claim) {
        return new FactRef(id, "MilestoneReached", Instant.EPOCH, "builder", "IMPLEMENTING_ENTITY", "c-" + id, START.plusDays(30),
                60, claim);
    }
}
