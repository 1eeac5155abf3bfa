package org.renewalledger.query.review;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.review.ReviewSearchResult;
import org.renewalledger.kernel.review.SearchReviewQuery;
import org.springframework.stereotype.Component;

/** Answers review searches: the query as a phrase in the text, within a division's units when asked. */
@Component
class ReviewSearch {

    private final ElasticsearchAsyncClient client;
    private final ReviewSearchIndex index;

    ReviewSearch(ElasticsearchAsyncClient client, ReviewSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @QueryHandler
    CompletableFuture<ReviewSearchResult> handle(SearchReviewQuery query) {
        index.ensureExists();
        String within = query.withinJurisdiction() == null ? null : JurisdictionCode.of(query.withinJurisdiction()).prefix();
        return client.search(s -> s.index(ReviewSearchIndex.NAME)
                                .size(query.size())
                                .trackTotalHits(t -> t.enabled(true))
                                .query(q -> q.bool(b -> {
                                    b.must(m -> m.matchPhrase(mp -> mp.field("text").query(query.text())));
                                    if (within != null) {
                                        b.filter(f -> f.prefix(p -> p.field("unitJurisdiction").value(within)));
                                    }
                                    return b;
                                })),
                        ReviewDocument.class)
                .thenApply(response -> new ReviewSearchResult(
                        response.hits().hits().stream().map(ReviewSearch::toHit).toList(),
                        response.hits().total() == null ? 0 : response.hits().total().value()));
    }

    private static ReviewSearchResult.Hit toHit(Hit<ReviewDocument> hit) {
        ReviewDocument doc = hit.source();
        return new ReviewSearchResult.Hit(doc.caseId(), doc.unitId(), doc.kind(), doc.measure(), doc.text(), Instant.parse(doc.at()),
                hit.score() == null ? 0 : hit.score());
    }
}
