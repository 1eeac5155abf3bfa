package org.renewalledger.infra.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * A replay over HTTP reports its progress (events done, rate, time left) and can be cancelled: the processor stops
 * where the replay got to, and starting it again finishes the rebuild to the same rows as incremental processing
 * (docs/OPERATIONS.md, "Replaying a read model").
 */
class ReplayProgressIT extends IntegrationTest {

    private static final String SNAPSHOT = "SELECT * FROM compound_view ORDER BY compound_id";

    @Test
    void shouldReportEventsDoneRateAndTimeLeft_untilTheReplayHasFinished() {
        String admin = tokenFor("administrator");
        registerSome(5);
        eventually(() -> assertThat(status(admin)).satisfies(ReplayProgressIT::current));
        long head = status(admin).head();

        ProjectionStatus started = http.post().uri("/api/admin/projections/compound-view/replay").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isAccepted()
                .expectBody(ProjectionStatus.class).returnResult().getResponseBody();
        assertThat(started.replay()).as("the replay's progress").isNotNull();
        assertThat(started.replay().startedAt()).isNotNull();
        assertThat(started.replay().eventsTotal()).isGreaterThanOrEqualTo(head);
        assertThat(started.replay().target()).isGreaterThanOrEqualTo(head);

        eventually(() -> {
            ProjectionStatus status = replayStatus(admin);
            assertThat(status.replay().state()).isEqualTo("FINISHED");
            assertThat(status.replay().eventsDone()).isEqualTo(status.replay().eventsTotal());
            assertThat(status.replay().eventsPerSecond()).isPositive();
            assertThat(status.replay().secondsLeft()).isZero();
            assertThat(status.replay().endedAt()).isAfterOrEqualTo(status.replay().startedAt());
            current(status);
        });
    }

    @Test
    void shouldStopWhereTheReplayGotTo_whenCancelled_andFinishTheRebuildWhenStartedAgain() {
        String admin = tokenFor("administrator");
        registerSome(20);
        eventually(() -> assertThat(status(admin)).satisfies(ReplayProgressIT::current));
        List<Map<String, Object>> incremental = jdbc.queryForList(SNAPSHOT);

        // A small store replays in moments: a replay that finishes before the cancel reaches it answers 404 and
        // is started again, until one is caught running.
        ProjectionStatus cancelled = null;
        for (int attempt = 0; attempt < 10 && cancelled == null; attempt++) {
            http.post().uri("/api/admin/projections/compound-view/replay").headers(h -> h.setBearerAuth(admin))
                    .exchange().expectStatus().isAccepted();
            EntityExchangeResult<ProjectionStatus> answer = http.post().uri("/api/admin/projections/compound-view/replay/cancel")
                    .headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectBody(ProjectionStatus.class).returnResult();
            if (answer.getStatus().value() == 200) {
                cancelled = answer.getResponseBody();
            } else {
                assertThat(answer.getStatus().value()).as("a replay that already finished").isEqualTo(404);
                eventually(() -> current(status(admin)));
            }
        }
        assertThat(cancelled).as("one replay was cancelled while running").isNotNull();
        assertThat(cancelled.running()).as("stopped").isFalse();
        assertThat(cancelled.replay().state()).isEqualTo("CANCELLED");
        assertThat(cancelled.replay().endedAt()).isNotNull();
        assertThat(cancelled.replay().eventsDone()).isLessThanOrEqualTo(cancelled.replay().eventsTotal());
        assertThat(replayStatus(admin).running()).as("still stopped").isFalse();

        // Nothing runs now: a second cancel has nothing to cancel.
        http.post().uri("/api/admin/projections/compound-view/replay/cancel").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isNotFound();

        // Started again, the replay resumes from where it stopped and ends with the rows incremental processing gave.
        ProjectionStatus resumed = http.post().uri("/api/admin/projections/compound-view/start").headers(h -> h.setBearerAuth(admin))
                .exchange().expectStatus().isOk()
                .expectBody(ProjectionStatus.class).returnResult().getResponseBody();
        assertThat(resumed.running()).isTrue();
        assertThat(resumed.replay().from()).isEqualTo(Math.max(0, cancelled.replay().position()));
        eventually(() -> {
            ProjectionStatus status = replayStatus(admin);
            assertThat(status.replay().state()).isEqualTo("FINISHED");
            current(status);
            assertThat(jdbc.queryForList(SNAPSHOT)).isEqualTo(incremental);
        });
    }

    @Test
    void shouldLetOnlyAdministratorsCancel_andAnswer404WhenNothingIsReplaying() {
        http.post().uri("/api/admin/projections/compound-view/replay/cancel").headers(h -> h.setBearerAuth(tokenFor("housing-bureau")))
                .exchange().expectStatus().isForbidden();
        http.post().uri("/api/admin/projections/no-such-projection/replay/cancel").headers(h -> h.setBearerAuth(tokenFor("administrator")))
                .exchange().expectStatus().isNotFound();
    }

    private void registerSome(int count) {
        String streetOffice = tokenFor("street-office");
        for (int i = 0; i < count; i++) {
            register(streetOffice, registration(newCompoundId(), "进度小区" + i + "号院", 1980 + i)).expectStatus().isCreated();
        }
    }

    private ProjectionStatus status(String admin) {
        return http.get().uri("/api/admin/projections/compound-view").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(ProjectionStatus.class).returnResult().getResponseBody();
    }

    private ProjectionStatus replayStatus(String admin) {
        return http.get().uri("/api/admin/projections/compound-view/replay").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(ProjectionStatus.class).returnResult().getResponseBody();
    }

    private static void current(ProjectionStatus status) {
        assertThat(status.running()).as("running").isTrue();
        assertThat(status.replaying()).as("replaying").isFalse();
        assertThat(status.caughtUp()).as("caught up").isTrue();
        assertThat(status.position()).as("position").isGreaterThanOrEqualTo(status.head());
    }
}
