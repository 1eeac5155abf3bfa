package org.renewalledger.infra.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.assessment.AnnualPlanSetEvent;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.PlanTargets;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * The leaders' dashboard through HTTP: a subscriber of the server-sent event stream sees the figure change after
 * a command (a compound registered, then its construction start), with the command's correlation id.
 */
class DashboardStreamIT extends ReviewIntegrationTest {

    private static final String STREET_OFFICE = "520523003";

    @Test
    void shouldPushTheNewFigureToSubscribers_whenACommandChangesIt() throws Exception {
        String bureau = tokenFor("housing-bureau");
        int year = LocalDate.now(java.time.Clock.offset(java.time.Clock.systemUTC(), CLOCK_SHIFT).withZone(ZoneId.of("Asia/Shanghai")))
                .getYear();
        BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();
        Disposable subscription = WebClient.create(baseUrl()).get().uri("/api/dashboard/stream?within=" + STREET_OFFICE)
                .headers(h -> h.setBearerAuth(bureau))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .filter(event -> event.data() != null)
                .subscribe(received::add);
        try {
            ServerSentEvent<String> initial = received.poll(60, TimeUnit.SECONDS);
            assertThat(initial).as("the dashboard at once").isNotNull();
            assertThat(initial.id()).isEqualTo("initial");
            JsonNode first = parse(initial.data());
            assertThat(first.path("within").asText()).isEqualTo(STREET_OFFICE);
            assertThat(first.path("year").asInt()).isEqualTo(year);
            int registeredBefore = first.path("total").path("compoundsRegistered").asInt();

            // a plan for the street office gives the figures their targets
            publishPlan(STREET_OFFICE, year, new PlanTargets(10, 5, 20, 800, Area.ofSquareMetres("60000"), Money.ofYuan("1000000.00")));
            JsonNode planned = parse(awaitUpdate(received, update -> !parse(update.data()).path("total").path("targets").isNull()).data());
            assertThat(planned.path("total").path("targets").path("households").asInt()).isEqualTo(800);

            String compoundId = STREET_OFFICE + "-" + UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> registration = new HashMap<>(registration(compoundId, "兴隆小区", 1992));
            registration.put("streetOfficeName", "岩孔街道");
            String correlationId = parse(register(bureau, registration).expectStatus().isCreated()
                    .expectBody(String.class).returnResult().getResponseBody()).path("correlationId").asText();

            ServerSentEvent<String> update = awaitUpdate(received, event -> correlationId.equals(event.id()));
            JsonNode after = parse(update.data());
            assertThat(after.path("total").path("compoundsRegistered").asInt()).isEqualTo(registeredBefore + 1);
            assertThat(after.path("units")).anySatisfy(unit -> assertThat(unit.path("unitId").asText()).isEqualTo(STREET_OFFICE));
            assertThat(update.comment()).isEqualTo("compound registered");
        } finally {
            subscription.dispose();
        }
    }

    @Test
    void shouldShowTheLatestRankingWithLaggingUnitsAndTheTrend() {
        String county = "520525";
        publishAssessment(county, "2026-03", 1, List.of(line("520525001", 9620, Grade.EXCELLENT, 1, false),
                line("520525002", 8010, Grade.PASS, 2, false), line("520525003", 7050, Grade.FAIL, 3, true)));
        publishAssessment(county, "2026-04", 1, List.of(line("520525002", 9710, Grade.EXCELLENT, 1, false),
                line("520525001", 9000, Grade.GOOD, 2, false), line("520525003", 6900, Grade.FAIL, 3, true)));
        String admin = tokenFor("administrator");
        eventually(() -> {
            JsonNode dashboard = getJson(admin, "/api/dashboard?within=" + county + "&year=2026");
            assertThat(dashboard.path("latestRanking").path("month").asText()).isEqualTo("2026-04");
            assertThat(dashboard.path("latestRanking").path("lines")).extracting(l -> l.path("unitId").asText())
                    .containsExactly("520525002", "520525001", "520525003");
            assertThat(dashboard.path("lagging")).singleElement().satisfies(l -> {
                assertThat(l.path("unitId").asText()).isEqualTo("520525003");
                assertThat(l.path("proposedMeasure").asText()).isEqualTo("ADMONISHMENT_TALK");
            });
            assertThat(dashboard.path("trend")).anySatisfy(t -> {
                assertThat(t.path("unitId").asText()).isEqualTo("520525002");
                assertThat(t.path("scoreChange").decimalValue()).isEqualByComparingTo("17.00");
                assertThat(t.path("previousRank").asInt()).isEqualTo(2);
            });
        });
        // scoped: the county's housing bureau of 520523 may not read 520525's dashboard
        http.get().uri("/api/dashboard?within=" + county).headers(h -> h.setBearerAuth(tokenFor("housing-bureau"))).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED");
    }

    private ServerSentEvent<String> awaitUpdate(BlockingQueue<ServerSentEvent<String>> received,
                                                java.util.function.Predicate<ServerSentEvent<String>> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ServerSentEvent<String> next = received.poll(1, TimeUnit.SECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        throw new AssertionError("No matching dashboard update within 60 s");
    }

    private void publishPlan(String streetOffice, int year, PlanTargets targets) {
        JurisdictionCode county = JurisdictionCode.of(streetOffice.substring(0, 6));
        AnnualPlanSetEvent plan = new AnnualPlanSetEvent("plan-" + streetOffice + "-" + year,
                ResponsibleUnit.streetOffice(JurisdictionCode.of(streetOffice)), county, year, targets,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Map<String, Object> metaData = new HashMap<>(new Actor("housing-bureau", Role.HOUSING_BUREAU, county).asMetaData());
        metaData.put(MetaDataKeys.CORRELATION_ID, UUID.randomUUID().toString());
        events.publish(GenericEventMessage.asEventMessage(plan).andMetaData(metaData));
    }

}
