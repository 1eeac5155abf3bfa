package org.renewalledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.MonthlyAssessmentClosedEvent;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.review.StandingId;
import org.renewalledger.kernel.review.StandingRecordedEvent;

/**
 * Events stored before the assessment policy became per jurisdiction (JSON fixtures in their stored shape) read
 * as today's records without an upcaster: the fields added since (a result's {@code shortfall}, a standing's
 * {@code grade}) are optional and read as null, which is what they meant. A month closed then still names its
 * policy, {@code assessment-2026.1}, which this build ships and which re-ranks its scores to exactly the results
 * published: a closed month reads the same after the upgrade.
 */
class AssessmentEventsBeforeShortfallTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadAClosedMonthOfTheFirstRelease_andReRankItToTheSameResults() throws IOException {
        MonthlyAssessmentClosedEvent event = read("/upcasting/monthly-assessment-closed-rev1.json", MonthlyAssessmentClosedEvent.class);

        assertThat(event.indicatorPolicy()).isEqualTo("assessment-2026.1");
        assertThat(event.month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(event.results()).extracting(UnitResult::scoreHundredths).containsExactly(9950, 9550, 9500, 7500, 7500);
        assertThat(event.results()).extracting(UnitResult::lagging).containsExactly(false, false, true, true, true);
        assertThat(event.results()).extracting(UnitResult::shortfall).containsOnly((Integer) null);
        assertThat(event.results().get(0)).isEqualTo(new UnitResult(office("520524001"), 9950, Grade.EXCELLENT, 1, false));

        AssessmentPolicy policy = AssessmentPolicy.named(event.indicatorPolicy());
        List<UnitResult> reRanked = policy.rank(event.results().stream()
                .map(r -> new AssessmentPolicy.UnitScore(r.unit(), r.scoreHundredths(), r.shortfall())).toList());
        assertThat(reRanked).isEqualTo(event.results());
    }

    @Test
    void shouldReadAStandingWithoutItsGrade_asProposingNoReward() throws IOException {
        StandingRecordedEvent event = read("/upcasting/standing-recorded-rev1.json", StandingRecordedEvent.class);

        assertThat(event).isEqualTo(new StandingRecordedEvent(new StandingId("standing-520524-520524003"), office("520524003"),
                JurisdictionCode.of("520524"), YearMonth.of(2025, 10), "assessment-520524-2025-10", 1, 3, true));
        assertThat(event.grade()).isNull();
    }

    private <T> T read(String fixture, Class<T> type) throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            stored = in.readAllBytes();
        }
        return serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class, type.getName(), "1"));
    }

    private static ResponsibleUnit office(String code) {
        return ResponsibleUnit.streetOffice(JurisdictionCode.of(code));
    }
}
