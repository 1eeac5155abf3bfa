package org.renewalledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.assessment.MonthlyAssessmentClosedEvent;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;

/**
 * Events stored while {@code assessment-2026.2} was the default (JSON fixtures in their stored shape) read as today's
 * records without an upcaster: a policy recorded before policies could read the plan's named compounds has no
 * {@code planCompounds}, which reads as null — not reading them, which is what it meant — and is exactly the built-in
 * {@code assessment-2026.2} this build still ships. A month closed under it (船山区, August 2020) re-ranks under that
 * name to the results published, though the default is now {@code assessment-2026.3}: it reads the same after the upgrade.
 */
class AssessmentEventsBeforePlanCompoundsTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void shouldReadAPolicySetBefore_asTheSecondReleasesBuiltIn() throws IOException {
        AssessmentPolicySetEvent event = read("/upcasting/assessment-policy-set-rev1.json", AssessmentPolicySetEvent.class);

        assertThat(event.policy().planCompounds()).isNull();
        assertThat(event.policy()).isEqualTo(AssessmentPolicy.ASSESSMENT_2026_2);
        assertThat(AssessmentPolicyBook.builtIn().apply(event).forJurisdiction(JurisdictionCode.of("510903001")))
                .isEqualTo(AssessmentPolicy.ASSESSMENT_2026_2);
    }

    @Test
    void shouldReRankAMonthClosedUnderTheSecondRelease_toTheSameResults_afterTheDefaultMoved() throws IOException {
        MonthlyAssessmentClosedEvent event = read("/upcasting/monthly-assessment-closed-2026-2.json", MonthlyAssessmentClosedEvent.class);

        assertThat(AssessmentPolicy.DEFAULT.version()).isEqualTo("assessment-2026.3");
        AssessmentPolicy policy = AssessmentPolicyBook.builtIn().named(event.indicatorPolicy());
        assertThat(policy).isSameAs(AssessmentPolicy.ASSESSMENT_2026_2);
        List<UnitResult> reRanked = policy.rank(event.results().stream()
                .map(r -> new AssessmentPolicy.UnitScore(r.unit(), r.scoreHundredths(), r.shortfall())).toList());
        assertThat(reRanked).isEqualTo(event.results());
        assertThat(reRanked).extracting(UnitResult::lagging).containsExactly(false, false, true);
    }

    private <T> T read(String resource, Class<T> type) throws IOException {
        byte[] stored;
        try (InputStream fixture = getClass().getResourceAsStream(resource)) {
            stored = fixture.readAllBytes();
        }
        return serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class, type.getName(), "1"));
    }
}
