package org.renewalledger.infra.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.MonthlyAssessmentClosedEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentReissuedEvent;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Helpers for the review and dashboard tests. The monthly assessment's commands live on another branch, so its
 * events are published here as the housing bureau's close would publish them: through Axon's event gateway, with
 * the actor and correlation id in their metadata, so they reach the real processors through the event store.
 */
abstract class ReviewIntegrationTest extends IntegrationTest {

    final ObjectMapper json = new ObjectMapper();

    @Autowired
    EventGateway events;

    WebTestClient.ResponseSpec post(String token, String uri, Map<String, ?> body) {
        return http.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    JsonNode getJson(String token, String uri, Object... variables) {
        String body = http.get().uri(uri, variables).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return parse(body);
    }

    JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String newCaseId() {
        return "DC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published close (issue 1) or reissue (issue > 1) of a county's month, as the assessment branch publishes it. */
    String publishAssessment(String county, String month, int issue, List<UnitResult> results) {
        JurisdictionCode jurisdiction = JurisdictionCode.of(county);
        String assessmentId = "assessment-" + county + "-" + month;
        Object payload = issue == 1
                ? new MonthlyAssessmentClosedEvent(assessmentId, jurisdiction, YearMonth.parse(month), 1, results, "indicators-2026.1")
                : new MonthlyAssessmentReissuedEvent(assessmentId, jurisdiction, YearMonth.parse(month), issue, results,
                        "indicators-2026.1", "数据更正");
        String correlationId = UUID.randomUUID().toString();
        Map<String, Object> metaData = new HashMap<>(new Actor("housing-bureau", Role.HOUSING_BUREAU, jurisdiction).asMetaData());
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        metaData.put(MetaDataKeys.POLICY_VERSION, "default-2026.1");
        events.publish(GenericEventMessage.asEventMessage(payload).andMetaData(metaData));
        return correlationId;
    }

    static UnitResult line(String streetOffice, int scoreHundredths, Grade grade, int rank, boolean lagging) {
        return new UnitResult(ResponsibleUnit.streetOffice(JurisdictionCode.of(streetOffice)), scoreHundredths, grade, rank, lagging);
    }
}
