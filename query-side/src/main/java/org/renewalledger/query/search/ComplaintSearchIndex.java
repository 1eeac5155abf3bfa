package org.renewalledger.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** The {@code complaints} index: summaries analysed like compound names (one token per Chinese character, phrase search). */
@Component
public class ComplaintSearchIndex {

    public static final String NAME = "complaints";

    private final ElasticsearchClient client;
    private volatile boolean ensured;

    public ComplaintSearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    public void ensureExists() {
        if (ensured) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(NAME)).value()) {
                client.indices().create(c -> c.index(NAME)
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(m -> m
                                .properties("compoundId", p -> p.keyword(k -> k))
                                .properties("streetOfficeCode", p -> p.keyword(k -> k))
                                .properties("ticket", p -> p.keyword(k -> k))
                                .properties("summary", p -> p.text(t -> t.analyzer("standard")))
                                .properties("receivedAt", p -> p.date(d -> d))));
            }
            ensured = true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            ensured = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    public void delete() {
        try {
            if (client.indices().exists(e -> e.index(NAME)).value()) {
                client.indices().delete(d -> d.index(NAME));
            }
            ensured = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }
}
