package org.renewalledger.query.compound;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the compound events. It runs in its own processing group, so an
 * Elasticsearch outage holds back search only: the processor retries and catches up when it returns.
 * Documents carry the event's sequence number as an external version, which makes redelivery harmless.
 */
@Component
@ProcessingGroup("compound-search")
class CompoundSearchIndexer {

    private final CompoundSearchIndex index;

    CompoundSearchIndexer(CompoundSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @SequenceNumber long sequence) {
        CompoundDocument document = new CompoundDocument(event.compoundId().value(), event.name(),
                event.jurisdiction().value(), event.streetOffice().value(), event.streetOfficeName(),
                event.builtYear(), event.households());
        index.put(document.compoundId(), sequence, document);
    }

    @ResetHandler
    void reset() {
        index.delete();
    }
}
