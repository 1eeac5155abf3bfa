package org.renewalledger.query.compound;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Indexes works complaints, one document per compound and ticket, in its own processing group. The event's
 * sequence number is the external version, so a redelivery is a no-op.
 */
@Component
@ProcessingGroup("complaint-search")
class ComplaintSearchIndexer {

    private final ComplaintSearchIndex index;

    ComplaintSearchIndexer(ComplaintSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(ComplaintRecordedEvent event, @SequenceNumber long sequence) {
        ComplaintDocument document = new ComplaintDocument(event.compoundId().value(), event.streetOffice().value(),
                event.ticket(), event.summary(), event.receivedAt().toString());
        index.put(document.compoundId() + ":" + document.ticket(), sequence, document);
    }

    @ResetHandler
    void reset() {
        index.delete();
    }
}
