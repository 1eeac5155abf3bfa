package org.renewalledger.query.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reading your own writes on one node (docs/ARCHITECTURE.md, "Reading your own writes"): a read that arrives after
 * this node acknowledged a command waits until the read models have taken in every event stored up to then, so the
 * curl right after a 201 sees what the 201 acknowledged. Up to {@code renewal.reads.own-writes-wait} (3 s; 0 turns
 * it off); a read after that answers what the read models hold. When no command was acknowledged since the read
 * models were last seen caught up, a read does not wait and asks nothing.
 *
 * <p>Acknowledgements are counted after the command's transaction has committed, so the store's head read for a
 * waiting request holds every event they counted.
 */
@Component
public class OwnWrites {

    private static final Duration POLL = Duration.ofMillis(10);

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final DatabaseClient r2dbc;
    private final Duration wait;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong seen = new AtomicLong();

    OwnWrites(ObjectProvider<EventProcessingConfiguration> processing, DatabaseClient r2dbc,
              @Value("${renewal.reads.own-writes-wait:3s}") Duration wait) {
        this.processing = processing;
        this.r2dbc = r2dbc;
        this.wait = wait;
    }

    /** A command this node handled has committed its events. */
    public void acknowledged() {
        acknowledged.incrementAndGet();
    }

    /** Completes when the read models hold every event stored before the last acknowledged command, or after the wait. */
    public Mono<Void> seen() {
        long target = acknowledged.get();
        if (target <= seen.get() || wait.isZero()) {
            return Mono.empty();
        }
        return r2dbc.sql("SELECT coalesce(max(globalindex), -1) AS head FROM domainevententry")
                .map((row, meta) -> row.get("head", Long.class))
                .one()
                .flatMap(this::caughtUp)
                .doOnNext(caughtUp -> {
                    if (caughtUp) {
                        seen.accumulateAndGet(target, Math::max);
                    }
                })
                .then();
    }

    /** True once the read models have passed {@code head}; false after the wait. */
    private Mono<Boolean> caughtUp(long head) {
        if (reached(head)) {
            return Mono.just(true);
        }
        return Flux.interval(POLL)
                .filter(tick -> reached(head))
                .next()
                .map(tick -> true)
                .timeout(wait, Mono.just(false))
                // the read goes on off the timer's thread: the scheduler's few threads must not run queries
                .publishOn(Schedulers.boundedElastic());
    }

    /** Every running streaming processor's every segment at or past {@code head}; failed and replaying ones do not hold reads. */
    private boolean reached(long head) {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        if (configuration == null) {
            return true;
        }
        return configuration.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .flatMap(processor -> processor.processingStatus().values().stream())
                .filter(status -> !status.isErrorState() && !status.isReplaying())
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }
}
