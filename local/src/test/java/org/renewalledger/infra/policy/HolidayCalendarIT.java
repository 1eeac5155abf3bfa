package org.renewalledger.infra.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.compound.LifecycleSteps;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A notice posted in late December 2026 runs into 2027, which no shipped file covers: refused, naming the year
 * to load (in Chinese for a Chinese caller); once an administrator records the 2027 calendar by command, the
 * same notice counts past New Year's Day.
 */
class HolidayCalendarIT extends IntegrationTest {

    private static final Map<String, Object> CALENDAR_2027 = Map.of("source", "国办发明电〔2026〕9号",
            "holidays", List.of("2027-01-01", "2027-01-02", "2027-01-03"), "makeUpWorkdays", List.of());

    @Test
    void shouldCountANoticeOverNewYear2027_onceTheYearsCalendarIsRecordedByCommand() {
        String office = tokenFor("street-office");
        String id = newCompoundId();
        Map<String, Object> small = new HashMap<>(registration(id, "元旦小区" + id.substring(10), 1993));
        small.put("households", 3);
        small.put("floorArea", "240.00");
        register(office, small).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        project.wishesSurvey(office).expectStatus().isOk();
        project.selfGovernance(tokenFor("owners-committee")).expectStatus().isOk();
        project.roster(office, LifecycleSteps.units("1-1-", 1, 3, "80")).expectStatus().isOk();
        project.applicationAgreedBy(office, List.of("1-1-1", "1-1-2", "1-1-3"));
        project.application(tokenFor("owners-committee")).expectStatus().isOk();
        project.scheme(office, "100000.00").expectStatus().isOk();

        // Claimed dates are judged against the server's today: the notice over New Year 2027 is posted the day after
        // 28 December 2026, so the test stands then.
        travelTo(java.time.Instant.parse("2026-12-29T02:00:00Z"), () -> {
            String officeThen = tokenFor("street-office"); // a token of that day: the service checks expiry by its clock
            String photo = LifecycleSteps.uploadPhoto(http, officeThen);
            http.post().uri("/api/compounds/" + id + "/notice").headers(h -> {
                        h.setBearerAuth(officeThen);
                        h.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9");
                    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("startsOn", "2026-12-28", "attachments", List.of(photo))).exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("HOLIDAY_CALENDAR_MISSING")
                    .jsonPath("$.title").isEqualTo("该年度尚未载入法定节假日日历")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .startsWith("该年度尚未载入法定节假日日历：").contains("PUT /api/policies/holiday-calendars/2027"));

            recordCalendar(tokenFor("housing-bureau")).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.code").isEqualTo("ACCESS_DENIED").jsonPath("$.title").isEqualTo(
                            "Your role or jurisdiction does not allow this");
            recordCalendar(tokenFor("administrator")).expectStatus().isForbidden(); // a province's administrator
            recordCalendar(tokenFor("national-administrator")).expectStatus().isOk();
            recordCalendar(tokenFor("national-administrator")).expectStatus().isOk(); // a repeated load records nothing new

            project.notice(officeThen, "2026-12-28").expectStatus().isOk();
        });

        String lastDay = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'lastDay' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%NoticePublishedEvent'", String.class, id);
        // Civil Code Art. 201: from 29 December; 29–31 December, then New Year's Day and the weekend off: Monday
        // 4 January is the fourth working day, Tuesday 5 January the fifth.
        assertThat(lastDay).isEqualTo("2027-01-05");
        Integer recorded = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'holiday-calendars' "
                + "AND payloadtype LIKE '%HolidayCalendarRecordedEvent' AND convert_from(payload, 'UTF8')::jsonb ->> 'year' = '2027'",
                Integer.class);
        assertThat(recorded).isEqualTo(1);
    }

    private WebTestClient.ResponseSpec recordCalendar(String token) {
        return http.put().uri("/api/policies/holiday-calendars/2027").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CALENDAR_2027).exchange();
    }
}
