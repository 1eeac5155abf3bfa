package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.review.Measure;

/** The default ladder, threshold by threshold, for street offices and one step higher for departments. */
class EscalationPolicyTest {

    private final EscalationPolicy ladder = EscalationPolicy.DEFAULT;

    @ParameterizedTest(name = "street office: {0} running, {1} in the year -> {2}")
    @CsvSource({
            "1, 1, SELF_CRITICISM",
            "1, 2, SELF_CRITICISM",
            "2, 2, ADMONISHMENT_TALK",          // two running
            "1, 3, ADMONISHMENT_TALK",          // three in a year, not running
            "3, 3, CIRCULAR_OF_CRITICISM",      // three running
            "1, 4, CIRCULAR_OF_CRITICISM",      // four in a year
            "2, 4, CIRCULAR_OF_CRITICISM",
            "4, 4, ACCOUNTABILITY",             // four running
            "1, 5, ACCOUNTABILITY",             // five in a year
            "7, 7, ACCOUNTABILITY"})
    void shouldClimbTheLadder_forAStreetOffice(int running, int inYear, Measure expected) {
        assertThat(ladder.propose(UnitKind.STREET_OFFICE, running, inYear)).get()
                .extracting(EscalationPolicy.Proposal::measure).isEqualTo(expected);
    }

    @ParameterizedTest(name = "department: {0} running, {1} in the year -> {2}")
    @CsvSource({
            "1, 1, ADMONISHMENT_TALK",
            "2, 2, CIRCULAR_OF_CRITICISM",
            "1, 3, CIRCULAR_OF_CRITICISM",
            "3, 3, ACCOUNTABILITY",
            "1, 4, ACCOUNTABILITY",
            "4, 4, ACCOUNTABILITY"})
    void shouldHoldADepartmentOneStepHigher(int running, int inYear, Measure expected) {
        assertThat(ladder.propose(UnitKind.DEPARTMENT, running, inYear)).get()
                .extracting(EscalationPolicy.Proposal::measure).isEqualTo(expected);
    }

    @Test
    void shouldTreatACountyLikeAStreetOffice() {
        assertThat(ladder.propose(UnitKind.COUNTY, 1, 1)).get()
                .extracting(EscalationPolicy.Proposal::measure).isEqualTo(Measure.SELF_CRITICISM);
    }

    @Test
    void shouldProposeNothing_whenTheUnitDidNotLag() {
        assertThat(ladder.propose(UnitKind.STREET_OFFICE, 0, 0)).isEmpty();
    }

    @Test
    void shouldQuoteItsVersionAndTheThresholdInTheRule() {
        assertThat(ladder.propose(UnitKind.DEPARTMENT, 2, 2)).get().extracting(EscalationPolicy.Proposal::rule)
                .isEqualTo("ladder-2026.1: lagging 2 month(s) running, 2 in the year reaches ADMONISHMENT_TALK "
                        + "(2 running or 3 in a year); a department one step higher: CIRCULAR_OF_CRITICISM");
    }
}
