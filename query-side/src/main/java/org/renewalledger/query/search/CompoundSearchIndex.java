package org.renewalledger.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The {@code compounds} index and its mapping. Names are analysed with the standard tokenizer, which
 * cuts Chinese text into single characters; searches then match the query as a phrase, so 幸福 finds
 * 幸福里小区 and not every name with 幸 or 福 somewhere in it. (The local Elasticsearch distribution has
 * no CJK analysis plugins; a production cluster may switch the analyzer without touching callers.)
 */
@Component
public class CompoundSearchIndex {

    public static final String NAME = "compounds";

    private final ElasticsearchClient client;
    private volatile boolean ensured;

    public CompoundSearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    /** Creates the index with its mapping when it is missing; cheap after the first success. */
    public void ensureExists() {
        if (ensured) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(NAME)).value()) {
                create();
            }
            ensured = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private void create() throws IOException {
        try {
            client.indices().create(c -> c.index(NAME)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m
                            .properties("compoundId", p -> p.keyword(k -> k))
                            .properties("name", p -> p.text(t -> t.analyzer("standard")
                                    .fields("keyword", f -> f.keyword(k -> k))))
                            .properties("jurisdictionCode", p -> p.keyword(k -> k))
                            .properties("streetOfficeCode", p -> p.keyword(k -> k))
                            .properties("streetOfficeName", p -> p.text(t -> t.analyzer("standard")))
                            .properties("builtYear", p -> p.integer(i -> i))
                            .properties("households", p -> p.integer(i -> i))));
            // A new index answers searches only once its shard is allocated; until then it says 503.
            client.cluster().health(h -> h.index(NAME).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
        } catch (ElasticsearchException e) {
            // The indexer and a search may both find the index missing; the loser of that race is fine.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Drops the index so that a replay rebuilds it from the events. */
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
