package org.renewalledger.query.compound;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundSearchResult;
import org.renewalledger.kernel.compound.SearchCompoundsQuery;
import org.springframework.stereotype.Component;

/**
 * Answers name searches from the index. A phrase match ranks first; a match of all the query's
 * characters in any order still counts, so word order typed differently is forgiven.
 */
@Component
class CompoundSearch {

    private final ElasticsearchAsyncClient client;
    private final CompoundSearchIndex index;

    CompoundSearch(ElasticsearchAsyncClient client, CompoundSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @QueryHandler
    CompletableFuture<CompoundSearchResult> handle(SearchCompoundsQuery query) {
        index.ensureExists();
        String within = query.withinJurisdiction() == null ? null : JurisdictionCode.of(query.withinJurisdiction()).prefix();
        return client.search(s -> s.index(CompoundSearchIndex.NAME)
                                .size(query.size())
                                .trackTotalHits(t -> t.enabled(true))
                                .query(q -> q.bool(b -> {
                                    b.should(sh -> sh.matchPhrase(mp -> mp.field("name").query(query.text()).boost(3.0f)));
                                    b.should(sh -> sh.match(m -> m.field("name").query(query.text()).operator(Operator.And)));
                                    b.minimumShouldMatch("1");
                                    if (within != null) {
                                        b.filter(f -> f.prefix(p -> p.field("streetOfficeCode").value(within)));
                                    }
                                    return b;
                                })),
                        CompoundDocument.class)
                .thenApply(response -> new CompoundSearchResult(
                        response.hits().hits().stream().map(CompoundSearch::toHit).toList(),
                        response.hits().total() == null ? 0 : response.hits().total().value()));
    }

    private static CompoundSearchResult.Hit toHit(Hit<CompoundDocument> hit) {
        CompoundDocument doc = hit.source();
        return new CompoundSearchResult.Hit(doc.compoundId(), doc.name(), doc.jurisdictionCode(),
                doc.streetOfficeCode(), doc.streetOfficeName(), hit.score() == null ? 0 : hit.score());
    }
}
