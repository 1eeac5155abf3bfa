package org.renewalledger.query.review;

import org.renewalledger.query.search.ElasticsearchIndex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;
import org.springframework.stereotype.Component;

/** The {@code review} index: findings, conclusions, measures, rectification orders and referrals of review cases. */
@Component
public class ReviewSearchIndex extends ElasticsearchIndex {

    public static final String NAME = "review";

    public ReviewSearchIndex(ElasticsearchClient client) {
        super(client, NAME);
    }

    @Override
    protected ObjectBuilder<TypeMapping> mapping(TypeMapping.Builder m) {
        return m.properties("caseId", p -> p.keyword(k -> k))
                .properties("unitId", p -> p.keyword(k -> k))
                .properties("unitJurisdiction", p -> p.keyword(k -> k))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("measure", p -> p.keyword(k -> k))
                .properties("text", p -> p.text(t -> t.analyzer("standard")))
                .properties("at", p -> p.date(d -> d));
    }
}
