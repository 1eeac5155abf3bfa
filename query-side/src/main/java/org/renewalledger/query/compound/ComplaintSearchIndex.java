package org.renewalledger.query.compound;

import org.renewalledger.query.search.ElasticsearchIndex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;
import org.springframework.stereotype.Component;

/** The {@code complaints} index: summaries analysed like compound names (one token per Chinese character, phrase search). */
@Component
public class ComplaintSearchIndex extends ElasticsearchIndex {

    public static final String NAME = "complaints";

    public ComplaintSearchIndex(ElasticsearchClient client) {
        super(client, NAME);
    }

    @Override
    protected ObjectBuilder<TypeMapping> mapping(TypeMapping.Builder m) {
        return m.properties("compoundId", p -> p.keyword(k -> k))
                .properties("streetOfficeCode", p -> p.keyword(k -> k))
                .properties("ticket", p -> p.keyword(k -> k))
                .properties("summary", p -> p.text(t -> t.analyzer("standard")))
                .properties("receivedAt", p -> p.date(d -> d));
    }
}
