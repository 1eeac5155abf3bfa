package org.renewalledger.query.dashboard;

import org.renewalledger.query.web.ReadScope;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.dashboard.DashboardChanged;
import org.renewalledger.kernel.dashboard.DashboardView;
import org.renewalledger.kernel.dashboard.FindDashboardQuery;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The leaders' dashboard (docs/DASHBOARD.md): once, or as a live stream of server-sent events. The stream is an
 * Axon subscription query: it sends the dashboard at once, then again after every event that changes one of its
 * figures (this replica's {@code DashboardChanges} emits a {@link DashboardChanged} once the projection's
 * transaction has committed, on whichever replica it ran; the stream re-reads
 * the dashboard and sends it with the change's correlation id as the event id, so a client can tell which
 * command caused it). Bursts are coalesced: while a dashboard is being read, only the latest change waits.
 */
@RestController
class DashboardController {

    private final QueryGateway queries;
    private final Clock clock;

    DashboardController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** {@code within}: a county or street office (default: the caller's own); {@code year}: the plan year (default: this year). */
    @Refuses({})
    @GetMapping("/api/dashboard")
    Mono<DashboardView> dashboard(@RequestParam(required = false) String within, @RequestParam(required = false) Integer year,
                                  @AuthenticationPrincipal Actor actor) {
        FindDashboardQuery query = query(actor, within, year);
        return Mono.fromFuture(() -> queries.query(query, DashboardView.class));
    }

    /** {@code within} is required here: a stream stays open, so it is opened only on a division named on purpose. */
    @Refuses({})
    @GetMapping(value = "/api/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<DashboardView>> stream(@RequestParam String within,
                                                @RequestParam(required = false) Integer year,
                                                @AuthenticationPrincipal Actor actor) {
        if (within == null || within.isBlank()) {
            throw DomainException.invalid("within", "within is required: the county or street office to follow");
        }
        FindDashboardQuery query = query(actor, within, year);
        return Flux.using(
                () -> queries.subscriptionQuery(query, ResponseTypes.instanceOf(DashboardView.class),
                        ResponseTypes.instanceOf(DashboardChanged.class)),
                subscription -> stream(query, subscription),
                SubscriptionQueryResult::cancel);
    }

    private Flux<ServerSentEvent<DashboardView>> stream(FindDashboardQuery query,
                                                       SubscriptionQueryResult<DashboardView, DashboardChanged> subscription) {
        Flux<ServerSentEvent<DashboardView>> initial = subscription.initialResult()
                .map(view -> ServerSentEvent.builder(view).event("dashboard").id("initial").build())
                .flux();
        Flux<ServerSentEvent<DashboardView>> updates = subscription.updates()
                .onBackpressureLatest()
                .concatMap(change -> Mono.fromFuture(() -> queries.query(query, DashboardView.class))
                        .map(view -> ServerSentEvent.builder(view).event("dashboard")
                                .id(change.correlationId() == null ? "" : change.correlationId())
                                .comment(change.cause()).build()), 1);
        Flux<ServerSentEvent<DashboardView>> heartbeat = Flux.interval(Duration.ofSeconds(15))
                .map(tick -> ServerSentEvent.<DashboardView>builder().comment("keep-alive").build());
        return initial.concatWith(updates).mergeWith(heartbeat);
    }

    private FindDashboardQuery query(Actor actor, String within, Integer year) {
        int plan = year == null ? ProgrammeTime.today(clock).getYear() : year;
        if (plan < 2000 || plan > 2100) {
            throw DomainException.invalid("year", "year is a plan year such as 2026");
        }
        return new FindDashboardQuery(ReadScope.within(actor, within), plan);
    }
}
