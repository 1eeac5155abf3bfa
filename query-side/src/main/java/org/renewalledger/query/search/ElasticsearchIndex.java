package org.renewalledger.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One search index owned by a projection: created with its mapping on first use, dropped before a replay.
 * Text is analysed by the standard tokenizer, which cuts Chinese into single characters; searches match
 * the query as a phrase. (The local Elasticsearch distribution has no CJK analysis plugins; a production
 * cluster may switch the analyzer in the mapping without touching callers.)
 */
public abstract class ElasticsearchIndex {

    private final ElasticsearchClient client;
    private final String name;
    private volatile boolean ready;

    protected ElasticsearchIndex(ElasticsearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /** The field mapping of this index. */
    protected abstract ObjectBuilder<TypeMapping> mapping(TypeMapping.Builder mapping);

    public String name() {
        return name;
    }

    /**
     * Creates the index when it is missing and waits until it can answer (its shard allocated: a search in
     * between gets a 503). Whoever sees the index first waits, creator or not. Cheap once ready.
     */
    public void ensureExists() {
        if (ready) {
            return;
        }
        try {
            if (!client.indices().exists(e -> e.index(name)).value()) {
                create();
            }
            client.cluster().health(h -> h.index(name).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
            ready = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /** Drops the index so that a replay rebuilds it from the events. */
    public void delete() {
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                client.indices().delete(d -> d.index(name));
            }
            ready = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private void create() throws IOException {
        try {
            client.indices().create(c -> c.index(name)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(this::mapping));
        } catch (ElasticsearchException e) {
            // The indexer and a search may both find the index missing; the loser of that race is fine.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
