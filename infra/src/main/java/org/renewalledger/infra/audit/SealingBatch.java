package org.renewalledger.infra.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The seals of one processor batch. The sealer's processor hands it events in batches (one transaction
 * each); sealing them one query at a time capped the whole service at about 100 events/s
 * (docs/PERFORMANCE.md, run 3). So the batch reads all its stored rows in one query, keeps the chain head
 * and each stream's last hash in memory as it goes, and writes its seals in one JDBC batch just before the
 * transaction commits. It lives as a resource of the unit of work: a rolled-back batch takes its state with
 * it, and the retry starts again from what is committed.
 */
final class SealingBatch {

    private static final String RESOURCE = SealingBatch.class.getName();

    private final EventSealStore store;
    private final Map<String, EventSealStore.StoredRow> rows;
    private final Map<String, byte[]> streamHeads = new HashMap<>();
    private final List<EventSealStore.NewSeal> seals = new ArrayList<>();
    private EventSealStore.Seal head;

    private SealingBatch(EventSealStore store, List<String> eventIdentifiers) {
        this.store = store;
        this.rows = store.storedRows(eventIdentifiers);
    }

    /** The batch of the current unit of work, created (with its rows read) by its first event. */
    static SealingBatch current(EventSealStore store) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(RESOURCE, key -> {
            SealingBatch batch = new SealingBatch(store, identifiersOf(unitOfWork));
            unitOfWork.onPrepareCommit(u -> batch.flush());
            return batch;
        });
    }

    void seal(String eventIdentifier) {
        EventSealStore.StoredRow row = rows.get(eventIdentifier);
        if (row == null) { // every message of the unit of work was read up front
            throw new IllegalStateException("Event " + eventIdentifier + " is not in the event store");
        }
        if (row.sealed()) {
            return; // redelivered after a crash between seal and token: already done
        }
        AuditChain.SealedEvent stored = row.event();
        byte[] content = AuditChain.contentHash(stored.globalIndex(), stored.eventIdentifier(),
                stored.aggregateIdentifier(), stored.sequenceNumber(), stored.type(), stored.timestamp(),
                stored.payloadType(), stored.payloadRevision(), stored.payload(), stored.metaData());
        byte[] stream = null;
        if (stored.aggregateIdentifier() != null && stored.sequenceNumber() != null) {
            stream = AuditChain.link(previousInStream(stored), content);
            streamHeads.put(stored.aggregateIdentifier() + '#' + stored.sequenceNumber(), stream);
        }
        if (head == null) {
            head = store.head();
        }
        head = new EventSealStore.Seal(head.position() + 1, AuditChain.link(head.chainHash(), content));
        seals.add(new EventSealStore.NewSeal(head.position(), stored, content, stream, head.chainHash()));
    }

    private byte[] previousInStream(AuditChain.SealedEvent stored) {
        if (stored.sequenceNumber() == 0) {
            return AuditChain.GENESIS;
        }
        long previousSequence = stored.sequenceNumber() - 1;
        byte[] previous = streamHeads.get(stored.aggregateIdentifier() + '#' + previousSequence);
        if (previous == null) {
            previous = store.streamHash(stored.aggregateIdentifier(), previousSequence);
        }
        if (previous == null) {
            // An aggregate's events commit in sequence order, so its predecessor is always sealed first.
            throw new IllegalStateException("Event " + stored.eventIdentifier() + " arrived before its predecessor in "
                    + stored.aggregateIdentifier());
        }
        return previous;
    }

    private void flush() {
        store.insert(seals);
    }

    private static List<String> identifiersOf(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            List<String> identifiers = new ArrayList<>();
            for (Object message : batch.getMessages()) {
                identifiers.add(((Message<?>) message).getIdentifier());
            }
            return identifiers;
        }
        return List.of(unitOfWork.getMessage().getIdentifier());
    }
}
