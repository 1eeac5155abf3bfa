package org.renewalledger.query.compound;

import org.renewalledger.query.search.ElasticsearchIndex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;
import org.springframework.stereotype.Component;

/** The {@code compounds} index: names searched by phrase, so 幸福 finds 幸福里小区 and not every name with 幸 or 福. */
@Component
public class CompoundSearchIndex extends ElasticsearchIndex {

    public static final String NAME = "compounds";

    public CompoundSearchIndex(ElasticsearchClient client) {
        super(client, NAME);
    }

    @Override
    protected ObjectBuilder<TypeMapping> mapping(TypeMapping.Builder m) {
        return m.properties("compoundId", p -> p.keyword(k -> k))
                .properties("name", p -> p.text(t -> t.analyzer("standard").fields("keyword", f -> f.keyword(k -> k))))
                .properties("jurisdictionCode", p -> p.keyword(k -> k))
                .properties("streetOfficeCode", p -> p.keyword(k -> k))
                .properties("streetOfficeName", p -> p.text(t -> t.analyzer("standard")))
                .properties("builtYear", p -> p.integer(i -> i))
                .properties("households", p -> p.integer(i -> i));
    }
}
