package org.renewalledger.infra.ops;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Status and replay of the projections, by processor or by processing group. A replay empties the read models
 * of a processor (their reset handlers) and feeds them every event again from the first; the tables are usable
 * throughout, filling up as the replay runs. Naming one read model replays every read model its processor runs.
 */
@Component
public class ProjectionOperations {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProjectionOperations(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProjectionStatus> statuses() {
        long head = positionOf(eventStore.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> statusOf(processor, head))
                .sorted(java.util.Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    public ProjectionStatus status(String name) {
        return statusOf(processor(name), positionOf(eventStore.createHeadToken()));
    }

    /** Blocks while the processor stops; call it off the event loop. */
    public void replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Projection " + name + " cannot be replayed", "name");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** A processor by its own name, or the one that runs the named processing group (ReadModelProcessors). */
    private StreamingEventProcessor processor(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .or(() -> processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class));
        return processor.orElseThrow(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "No projection named " + name));
    }

    private static ProjectionStatus statusOf(StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean error = segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        long position = segments.stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), processor.isReplaying(), caughtUp,
                position, head, error);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
