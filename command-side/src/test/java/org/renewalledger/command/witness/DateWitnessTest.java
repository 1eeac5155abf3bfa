package org.renewalledger.command.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.ProgrammeTime;

/**
 * A closed month is "its assessment stream exists" for any jurisdiction assessing the place: once found it is
 * remembered (a closed month never opens again), while an open month is asked for every time, so a close made
 * meanwhile (on any node) is seen at once.
 */
class DateWitnessTest {

    private static final JurisdictionCode STREET_OFFICE = JurisdictionCode.of("520523001");
    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final LocalDate IN_NOVEMBER = LocalDate.of(2025, 11, 14);
    private static final String NOVEMBER_BY_COUNTY = CloseMonthlyAssessmentCommand.idOf(COUNTY, YearMonth.of(2025, 11));

    private final Set<String> streams = new HashSet<>();
    private final List<String> asked = new ArrayList<>();
    private final DateWitness witness = new DateWitness(Clock.fixed(IN_NOVEMBER.atTime(12, 0).atZone(ProgrammeTime.ZONE)
            .toInstant(), ProgrammeTime.ZONE), id -> {
                asked.add(id);
                return streams.contains(id);
            });

    @Test
    void shouldAskTheEventStoreAgain_whileTheMonthIsOpen() {
        assertThat(witness.inClosedMonth(STREET_OFFICE, IN_NOVEMBER)).isFalse();
        int firstAsk = asked.size();

        streams.add(NOVEMBER_BY_COUNTY); // the county closes November

        assertThat(witness.inClosedMonth(STREET_OFFICE, IN_NOVEMBER)).isTrue();
        assertThat(asked.size()).isGreaterThan(firstAsk);
    }

    @Test
    void shouldRememberAClosedMonth_withoutAskingTheEventStoreAgain() {
        streams.add(NOVEMBER_BY_COUNTY);
        assertThat(witness.inClosedMonth(STREET_OFFICE, IN_NOVEMBER)).isTrue();
        asked.clear();

        assertThat(witness.inClosedMonth(STREET_OFFICE, IN_NOVEMBER.plusDays(10))).isTrue();

        // the street office's own stream (asked first, still missing) is asked again; the county's close is remembered
        assertThat(asked).doesNotContain(NOVEMBER_BY_COUNTY);
    }

    @Test
    void shouldNotCarryAClosedMonthOverToAnotherMonthOrPlace() {
        streams.add(NOVEMBER_BY_COUNTY);
        assertThat(witness.inClosedMonth(STREET_OFFICE, IN_NOVEMBER)).isTrue();

        assertThat(witness.inClosedMonth(STREET_OFFICE, LocalDate.of(2025, 10, 31))).isFalse();
        assertThat(witness.inClosedMonth(JurisdictionCode.of("520524001"), IN_NOVEMBER)).isFalse();
    }
}
