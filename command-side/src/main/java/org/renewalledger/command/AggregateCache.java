package org.renewalledger.command;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;

/**
 * A bounded aggregate cache: loaded aggregates stay in memory between commands, so a vote on a compound does
 * not replay its history first. Held strongly, least recently used out first (Caffeine behind Axon's
 * {@link JCacheAdapter}): the weak-reference cache used before lost its entries at every young collection, so
 * under load nearly every command replayed its aggregate (docs/PERFORMANCE.md). Entries are
 * references, not copies; Axon evicts an entry whose unit of work rolls back, and a stale entry (another
 * process appended meanwhile) is refused by the event store's unique sequence and reloaded.
 */
public final class AggregateCache implements AutoCloseable {

    private final CacheManager manager;
    private final String name;
    private final Cache cache;

    private AggregateCache(CacheManager manager, String name, Cache cache) {
        this.manager = manager;
        this.name = name;
        this.cache = cache;
    }

    /** A new cache of at most {@code maximumEntries} aggregates, private to the application context that asks. */
    public static AggregateCache bounded(String purpose, long maximumEntries) {
        CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
        CacheManager manager = provider.getCacheManager(provider.getDefaultURI(), AggregateCache.class.getClassLoader());
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(maximumEntries));
        configuration.setStoreByValue(false);
        // A name of its own: two application contexts in one JVM (tests) must never share aggregates.
        String name = purpose + "-" + UUID.randomUUID();
        return new AggregateCache(manager, name, new JCacheAdapter(manager.createCache(name, configuration)));
    }

    public Cache axonCache() {
        return cache;
    }

    @Override
    public void close() {
        manager.destroyCache(name);
    }
}
