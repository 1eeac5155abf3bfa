package org.renewalledger.query.web;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the read models stand, as this node knows it in memory: every streaming processor's position per segment,
 * plus a count of the changes made here other than by a processor moving on (replays, dead letters retried). A read model's tables change only when its processor moves on (its
 * in-memory position advances after the batch's transaction has committed) or when it is replayed, so this
 * fingerprint changes whenever an answer read from the read models may have changed — without a query.
 *
 * <p>A replay is counted because a replayed processor goes back and then returns to the same positions, while the
 * tables it refills in between may differ from the ones a client cached; a retried dead letter changes rows without
 * moving any position at all.
 */
@Component
public class ReadModelPositions {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final AtomicLong changes = new AtomicLong();

    ReadModelPositions(ObjectProvider<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    /**
     * Called when read models change other than by a processor moving on — a processor reset for a replay, dead
     * letters retried: answers cached before no longer validate.
     */
    public void changedOutsideProcessing() {
        changes.incrementAndGet();
    }

    /** "changes;processor:segment=position,…" in a stable order; cheap enough for every request. */
    public String fingerprint() {
        StringBuilder out = new StringBuilder().append(changes.get()).append(';');
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        if (configuration == null) {
            return out.toString();
        }
        configuration.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .forEach(processor -> {
                    out.append(processor.getName()).append(':');
                    Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
                    segments.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(segment -> out.append(segment.getKey())
                            .append('=').append(segment.getValue().getCurrentPosition().orElse(-1))
                            .append(segment.getValue().isReplaying() ? "r" : "").append(','));
                    out.append(';');
                });
        return out.toString();
    }
}
