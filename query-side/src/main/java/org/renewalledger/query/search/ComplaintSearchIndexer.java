package org.renewalledger.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
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

    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final ComplaintSearchIndex index;

    ComplaintSearchIndexer(ElasticsearchClient client, ComplaintSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @EventHandler
    void on(ComplaintRecordedEvent event, @SequenceNumber long sequence) throws IOException {
        index.ensureExists();
        ComplaintDocument document = new ComplaintDocument(event.compoundId().value(), event.streetOffice().value(),
                event.ticket(), event.summary(), event.receivedAt().toString());
        try {
            client.index(i -> i.index(ComplaintSearchIndex.NAME)
                    .id(document.compoundId() + ":" + document.ticket())
                    .version(sequence + 1)
                    .versionType(VersionType.External)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != VERSION_CONFLICT) {
                throw e;
            }
        }
    }

    @ResetHandler
    void reset() {
        index.delete();
    }
}
