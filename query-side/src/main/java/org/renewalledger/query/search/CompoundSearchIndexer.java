package org.renewalledger.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    private static final int VERSION_CONFLICT = 409;

    private final ElasticsearchClient client;
    private final CompoundSearchIndex index;

    CompoundSearchIndexer(ElasticsearchClient client, CompoundSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @SequenceNumber long sequence) throws IOException {
        index.ensureExists();
        CompoundDocument document = new CompoundDocument(event.compoundId().value(), event.name(),
                event.jurisdiction().value(), event.streetOffice().value(), event.streetOfficeName(),
                event.builtYear(), event.households());
        try {
            client.index(i -> i.index(CompoundSearchIndex.NAME)
                    .id(document.compoundId())
                    // External versions must grow; sequence numbers start at 0.
                    .version(sequence + 1)
                    .versionType(VersionType.External)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != VERSION_CONFLICT) {
                throw e;
            }
            // Already indexed at this version or later: a redelivery, nothing to do.
        }
    }

    @ResetHandler
    void reset() {
        index.delete();
    }
}
