package org.renewalledger.command;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import com.github.benmanes.caffeine.cache.Weigher;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.spi.CachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.eventsourcing.AggregateCacheEntry;

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
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(maximumEntries));
        return create(purpose, configuration);
    }

    /**
     * A new cache bounded by what its aggregates hold ({@link CacheWeight}, weighed again at every save), not by
     * their number: a count of six hundred units weighs six hundred, so large compounds cannot fill the heap.
     */
    public static AggregateCache weighed(String purpose, long maximumWeight) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumWeight(OptionalLong.of(maximumWeight));
        Weigher<Object, Object> weigher = AggregateCache::weigh;
        configuration.setWeigherFactory(Optional.of(new FactoryBuilder.SingletonFactory<>(weigher)));
        return create(purpose, configuration);
    }

    /**
     * An entry's weight. Axon's entry keeps the live aggregate it was made from while the cache holds it by
     * reference, and {@code recreateAggregate} answers that aggregate without using its arguments.
     */
    static int weigh(Object key, Object value) {
        if (value instanceof AggregateCacheEntry<?> entry
                && entry.recreateAggregate(null, null, null, null).getAggregateRoot() instanceof CacheWeight weighed) {
            return Math.max(1, weighed.cacheWeight());
        }
        return 1;
    }

    private static AggregateCache create(String purpose, CaffeineConfiguration<Object, Object> configuration) {
        CachingProvider provider = Caching.getCachingProvider(CaffeineCachingProvider.class.getName());
        CacheManager manager = provider.getCacheManager(provider.getDefaultURI(), AggregateCache.class.getClassLoader());
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
