package org.renewalledger.infra.process;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Shares each streaming processor's segments fairly among the live query replicas. Axon's pooled processor
 * claims every unclaimed segment it can, so the first replica to start would hold them all and the others idle
 * (Axon Server balances claims; the JDBC token store does not). Every few seconds each replica announces itself
 * in {@code processing_replica} and, holding more than its share (segments ÷ live replicas, rounded up) of a
 * processor, releases the surplus; a replica below its share claims the released segments on its next claim
 * round. When a replica dies its heartbeat and its token claims expire and the survivors' share grows, so
 * they take its segments over: no segment is left unprocessed for longer than the claim timeout.
 *
 * <p>Liveness is judged on the database's clock ({@code now()}), the one clock all replicas share, not on the
 * injected domain clock: this is about processes, not about the facts of the programme.
 */
@Component
@ConditionalOnProperty(name = "renewal.processing.balance-segments", havingValue = "true")
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Duration interval;
    private final Duration liveness;
    /** The JDBC token store's own owner name (pid@host), so that replicas and token owners read alike. */
    private final String replicaId = ManagementFactory.getRuntimeMXBean().getName();
    private final Map<String, Integer> overShare = new java.util.concurrent.ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "segment-balancer");
        thread.setDaemon(true);
        return thread;
    });

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing,
                    @Value("${renewal.processing.balance-interval:PT5S}") Duration interval,
                    @Value("${renewal.processing.replica-liveness:PT20S}") Duration liveness) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.interval = interval;
        this.liveness = liveness;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::balanceQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Leaves at once, so the others take its share without waiting for the heartbeat to age. */
    @jakarta.annotation.PreDestroy
    void stop() {
        timer.shutdownNow();
        try {
            jdbc.update("DELETE FROM processing_replica WHERE replica_id = ?", replicaId);
        } catch (RuntimeException e) {
            log.debug("Could not sign off replica {}: {}", replicaId, e.toString());
        }
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) { // the database away for a moment: try again next round
            log.warn("Segment balancing skipped a round: {}", e.toString());
        }
    }

    void balance() {
        jdbc.update("INSERT INTO processing_replica (replica_id, seen_at) VALUES (?, now()) "
                + "ON CONFLICT (replica_id) DO UPDATE SET seen_at = now()", replicaId);
        int live = jdbc.queryForObject("SELECT count(*) FROM processing_replica WHERE seen_at > now() - make_interval(secs => ?)",
                Integer.class, (double) liveness.toSeconds());
        Map<String, Integer> segments = new HashMap<>();
        jdbc.query("SELECT processorname, count(*) AS segments FROM tokenentry GROUP BY processorname",
                row -> {
                    segments.put(row.getString("processorname"), row.getInt("segments"));
                });
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> share(processor, segments.getOrDefault(processor.getName(), 0), Math.max(1, live)));
    }

    private void share(StreamingEventProcessor processor, int segments, int replicas) {
        int fair = (segments + replicas - 1) / replicas;
        List<Integer> held = new ArrayList<>(processor.processingStatus().keySet());
        if (segments <= 1 || held.size() <= fair) {
            overShare.remove(processor.getName());
            return;
        }
        // Over the share two rounds running, not for a moment (a replica just joining or leaving), so that
        // segments do not shuttle back and forth.
        if (overShare.merge(processor.getName(), 1, Integer::sum) < 2) {
            return;
        }
        overShare.remove(processor.getName());
        held.sort(Comparator.reverseOrder());
        for (Integer segment : held.subList(0, held.size() - fair)) {
            processor.releaseSegment(segment);
        }
        log.info("{}: held {} of {} segments, share {} among {} replicas; released {}", processor.getName(), held.size(),
                segments, fair, replicas, held.size() - fair);
    }
}
