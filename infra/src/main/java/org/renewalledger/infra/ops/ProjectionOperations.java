package org.renewalledger.infra.ops;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.query.web.ReadModelPositions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Status and replay of the projections, by processor or by processing group. A replay empties the read models
 * of a processor (their reset handlers) and feeds them every event again from the first; the tables are usable
 * throughout, filling up as the replay runs. Naming one read model replays every read model its processor runs.
 *
 * <p>A replay reports its progress (events done, rate, time left) in the processor's status, and can be cancelled:
 * the processor then stops where the replay had got to, its tokens kept there, so its read models hold every event
 * up to that position and none after it. {@link #start} resumes the replay from there; a new replay starts over.
 * Cancelling does not go back to the position before the replay: the reset handlers have already emptied the
 * tables, so resuming from the old position would leave them silently incomplete. Progress is kept in this node's
 * memory: a restart forgets it (the processor itself resumes the replay from its stored tokens).
 */
@Component
public class ProjectionOperations {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    /** Absent on a command-only process: no read answers there carry an ETag. */
    private final ObjectProvider<ReadModelPositions> positions;
    private final Clock clock;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();

    public ProjectionOperations(EventProcessingConfiguration processing, EventStore eventStore, ObjectProvider<ReadModelPositions> positions,
                                Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.positions = positions;
        this.clock = clock;
    }

    /** One replay of one processor, as this node started it. */
    private static final class Replay {
        final Instant startedAt;
        final long startedNanos = System.nanoTime();
        final long from;
        final long target;
        volatile String state = "RUNNING";
        volatile Instant endedAt;
        volatile long endPosition = -1;

        Replay(Instant startedAt, long from, long target) {
            this.startedAt = startedAt;
            this.from = from;
            this.target = target;
        }
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
        long head = positionOf(eventStore.createHeadToken());
        processor.shutDown();
        // counted before the tables are emptied: no answer cached from the old tables validates from here on
        positions.ifAvailable(ReadModelPositions::changedOutsideProcessing);
        processor.resetTokens();
        replays.put(processor.getName(), new Replay(clock.instant(), 0, head));
        processor.start();
    }

    /**
     * Stops the processor's running replay where it has got to (see the class comment); blocks while it stops.
     * 404 when no replay of it is running.
     */
    public void cancelReplay(String name) {
        StreamingEventProcessor processor = processor(name);
        Replay replay = replays.get(processor.getName());
        if (replay == null || !replay.state.equals("RUNNING") || finished(processor, replay)) {
            throw new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "No replay of " + name + " is running");
        }
        long reached = lowestPosition(processor);
        processor.shutDown();
        replay.endPosition = reached;
        replay.endedAt = clock.instant();
        replay.state = "CANCELLED";
    }

    /** Starts a stopped processor from its stored tokens: a cancelled replay resumes where it stopped. */
    public void start(String name) {
        StreamingEventProcessor processor = processor(name);
        if (processor.isRunning()) {
            return;
        }
        Replay cancelled = replays.get(processor.getName());
        if (cancelled != null && cancelled.state.equals("CANCELLED")) {
            replays.put(processor.getName(), new Replay(clock.instant(), Math.max(0, cancelled.endPosition), cancelled.target));
        }
        processor.start();
    }

    /** A processor by its own name, or the one that runs the named processing group (ReadModelProcessors). */
    private StreamingEventProcessor processor(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .or(() -> processing.eventProcessorByProcessingGroup(name, StreamingEventProcessor.class));
        return processor.orElseThrow(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "No projection named " + name));
    }

    private ProjectionStatus statusOf(StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean error = segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        long position = lowestPosition(processor);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), processor.isReplaying(), caughtUp,
                position, head, error, progress(processor, position));
    }

    private static long lowestPosition(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
    }

    /** A replay has finished when the processor has passed the head it started from and is no longer replaying. */
    private static boolean finished(StreamingEventProcessor processor, Replay replay) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return processor.isRunning() && !processor.isReplaying() && !segments.isEmpty()
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp) && lowestPosition(processor) >= replay.target;
    }

    private ReplayProgress progress(StreamingEventProcessor processor, long position) {
        Replay replay = replays.get(processor.getName());
        if (replay == null) {
            return null;
        }
        if (replay.state.equals("RUNNING") && finished(processor, replay)) {
            replay.endPosition = position;
            replay.endedAt = clock.instant();
            replay.state = "FINISHED";
        }
        boolean running = replay.state.equals("RUNNING");
        long reached = running ? position : replay.endPosition;
        long total = Math.max(0, replay.target - replay.from);
        long done = Math.min(total, Math.max(0, reached - replay.from));
        if (replay.state.equals("FINISHED")) {
            done = total;
        }
        double seconds = running ? (System.nanoTime() - replay.startedNanos) / 1e9
                : Math.max(1e-3, java.time.Duration.between(replay.startedAt, replay.endedAt).toNanos() / 1e9);
        double rate = seconds > 0 ? done / seconds : 0;
        Double left = replay.state.equals("FINISHED") ? Double.valueOf(0) : rate > 0 ? Double.valueOf((total - done) / rate) : null;
        return new ReplayProgress(replay.state, replay.startedAt, replay.from, replay.target, reached, done, total, rate, left,
                replay.endedAt);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
