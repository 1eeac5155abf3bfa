package org.renewalledger.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.VersionType;
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

    private static final int VERSION_CONFLICT = 409;
    /**
     * No replica on a single node (it could never be placed: the index would stay yellow for ever), one as soon as
     * the cluster has a second node, so that losing a node loses no shard; Elasticsearch adjusts it as nodes come
     * and go.
     */
    private static final String REPLICAS = "0-1";

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
            } else {
                // An index made before replicas were automatic (it had 0) gets them too.
                client.indices().putSettings(p -> p.index(name).settings(i -> i.autoExpandReplicas(REPLICAS)));
            }
            // Yellow alone has answered while the new primary was still initializing (a search then got 503
            // no_shard_available); the primary active and nothing initializing is what a search needs.
            ready = !client.cluster().health(h -> h.index(name).waitForStatus(HealthStatus.Yellow)
                    .waitForActiveShards(w -> w.count(1)).waitForNoInitializingShards(true)
                    .timeout(t -> t.time("30s"))).timedOut();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /**
     * Writes a document at the version of the event that produced it (its sequence number + 1: external
     * versions must grow from 1). A redelivered or older event finds a newer version there and changes
     * nothing, which makes indexing idempotent and safe out of order.
     */
    public void put(String id, long eventSequence, Object document) {
        ensureExists();
        try {
            client.index(i -> i.index(name).id(id).version(eventSequence + 1).versionType(VersionType.External)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != VERSION_CONFLICT) {
                throw e;
            }
        } catch (IOException e) {
            if (!isVersionConflict(e)) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
        }
    }

    /**
     * The same conflict as the low-level REST client reports it (a ResponseException inside the transport's
     * IOException). It shows when a segment moves between query replicas and the new owner redelivers events
     * the old one had indexed: changing nothing is the right answer, retrying would stall the index.
     */
    private static boolean isVersionConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.elasticsearch.client.ResponseException response
                    && response.getResponse().getStatusLine().getStatusCode() == VERSION_CONFLICT) {
                return true;
            }
        }
        return false;
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
                    .settings(s -> s.numberOfShards("1").autoExpandReplicas(REPLICAS))
                    .mappings(this::mapping));
        } catch (ElasticsearchException e) {
            // The indexer and a search may both find the index missing; the loser of that race is fine.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
