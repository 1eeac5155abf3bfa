package org.renewalledger.infra.ops;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.renewalledger.query.web.ReadModelPositions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Listing and retrying the events that projections parked. Blocking: call off the event loop. */
@Component
public class DeadLetterOperations {

    /** A retry round stops after this many sequences, so one call cannot run for ever. */
    private static final int MAX_SEQUENCES_PER_RETRY = 1_000;

    private final EventProcessingConfiguration processing;
    /** Absent on a command-only process: no read answers there carry an ETag. */
    /** Absent on a command-only process: no read answers there carry an ETag. */
    private final ObjectProvider<ReadModelPositions> positions;

    public DeadLetterOperations(EventProcessingConfiguration processing, ObjectProvider<ReadModelPositions> positions) {
        this.processing = processing;
        this.positions = positions;
    }

    public List<DeadLetterView> list() {
        List<DeadLetterView> letters = new ArrayList<>();
        for (String group : processingGroups()) {
            processing.deadLetterQueue(group).ifPresent(queue -> collect(group, queue, letters));
        }
        return letters;
    }

    /** Retries every parked sequence of a group once; returns how many sequences now went through. */
    public int retry(String group) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException("No dead-letter queue for " + group));
        int succeeded = 0;
        try {
            for (int i = 0; i < MAX_SEQUENCES_PER_RETRY && processor.process(letter -> true); i++) {
                succeeded++;
            }
        } finally {
            // a retried letter writes its rows without moving the processor: cached answers must not validate
            positions.ifAvailable(ReadModelPositions::changedOutsideProcessing);
        }
        return succeeded;
    }

    public List<String> processingGroups() {
        return processing.eventProcessors().keySet().stream()
                .filter(group -> processing.deadLetterQueue(group).isPresent())
                .sorted()
                .toList();
    }

    private static void collect(String group, SequencedDeadLetterQueue<EventMessage<?>> queue, List<DeadLetterView> into) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                EventMessage<?> event = letter.message();
                DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
                into.add(new DeadLetterView(group, String.valueOf(domain == null ? event.getIdentifier() : domain.getAggregateIdentifier()),
                        event.getIdentifier(), event.getPayloadType().getName(),
                        domain == null ? null : domain.getAggregateIdentifier(),
                        domain == null ? null : domain.getSequenceNumber(),
                        letter.enqueuedAt(), letter.lastTouched(),
                        letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null)));
            }
        }
    }
}
