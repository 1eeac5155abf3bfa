package org.renewalledger.infra.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.renewalledger.infra.process.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The notary: seals every stored event in the order the event store delivers them, in a single-threaded
 * processor whose token commits with the seals of its batch ({@link SealingBatch}). Sealing after the append (rather than in
 * the appending transaction) keeps command throughput free of a global lock; the price is a sealing lag of
 * moments, which verification reports as unsealed events rather than as a break.
 */
@Component
@ConditionalOnExpression(ProcessRole.RUNS_QUERIES) // a streaming processor: query replicas run it, not the command side
@ProcessingGroup(EventSealer.PROCESSING_GROUP)
@DisallowReplay // a seal is written once; replaying would only find every event sealed already
class EventSealer {

    static final String PROCESSING_GROUP = "event-seal";

    private final EventSealStore store;

    EventSealer(EventSealStore store) {
        this.store = store;
    }

    @EventHandler
    void seal(Object event, @MessageIdentifier String eventIdentifier) {
        SealingBatch.current(store).seal(eventIdentifier);
    }
}
