package org.renewalledger.infra.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.renewalledger.infra.process.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The notary: seals every stored event, one at a time in the order the event store delivers them, in a
 * single-threaded processor whose token commits with the seal. Sealing after the append (rather than in
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
        if (store.isSealed(eventIdentifier)) {
            return; // redelivered after a crash between seal and token: already done
        }
        AuditChain.SealedEvent stored = store.storedEvent(eventIdentifier);
        byte[] content = AuditChain.contentHash(stored.globalIndex(), stored.eventIdentifier(),
                stored.aggregateIdentifier(), stored.sequenceNumber(), stored.type(), stored.timestamp(),
                stored.payloadType(), stored.payloadRevision(), stored.payload(), stored.metaData());
        byte[] stream = null;
        if (stored.aggregateIdentifier() != null && stored.sequenceNumber() != null) {
            byte[] previous = stored.sequenceNumber() == 0 ? AuditChain.GENESIS
                    : store.streamHash(stored.aggregateIdentifier(), stored.sequenceNumber() - 1);
            if (previous == null) {
                // An aggregate's events commit in sequence order, so its predecessor is always sealed first.
                throw new IllegalStateException("Event " + eventIdentifier + " arrived before its predecessor in "
                        + stored.aggregateIdentifier());
            }
            stream = AuditChain.link(previous, content);
        }
        EventSealStore.Seal head = store.head();
        store.insert(head.position() + 1, stored, content, stream, AuditChain.link(head.chainHash(), content));
    }
}
