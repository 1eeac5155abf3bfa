package org.renewalledger.query.compound;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.ComplaintSearchResult;
import org.renewalledger.kernel.compound.SearchComplaintsQuery;
import org.springframework.stereotype.Component;

/** Answers complaint searches: the query as a phrase in the summary, newest first among equals. */
@Component
class ComplaintSearch {

    private final ElasticsearchAsyncClient client;
    private final ComplaintSearchIndex index;

    ComplaintSearch(ElasticsearchAsyncClient client, ComplaintSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @QueryHandler
    CompletableFuture<ComplaintSearchResult> handle(SearchComplaintsQuery query) {
        index.ensureExists();
        String within = query.withinJurisdiction() == null ? null : JurisdictionCode.of(query.withinJurisdiction()).prefix();
        return client.search(s -> s.index(ComplaintSearchIndex.NAME)
                                .size(query.size())
                                .trackTotalHits(t -> t.enabled(true))
                                .query(q -> q.bool(b -> {
                                    b.must(m -> m.matchPhrase(mp -> mp.field("summary").query(query.text())));
                                    if (within != null) {
                                        b.filter(f -> f.prefix(p -> p.field("streetOfficeCode").value(within)));
                                    }
                                    return b;
                                })),
                        ComplaintDocument.class)
                .thenApply(response -> new ComplaintSearchResult(
                        response.hits().hits().stream().map(ComplaintSearch::toHit).toList(),
                        response.hits().total() == null ? 0 : response.hits().total().value()));
    }

    private static ComplaintSearchResult.Hit toHit(Hit<ComplaintDocument> hit) {
        ComplaintDocument doc = hit.source();
        return new ComplaintSearchResult.Hit(doc.compoundId(), doc.streetOfficeCode(), doc.ticket(), doc.summary(),
                Instant.parse(doc.receivedAt()), hit.score() == null ? 0 : hit.score());
    }
}
