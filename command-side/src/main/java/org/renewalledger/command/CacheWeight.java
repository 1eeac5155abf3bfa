package org.renewalledger.command;

/**
 * What an aggregate holds in memory, in the unit its cache is bounded by ({@link AggregateCache#weighed}): one for
 * the aggregate, plus one per roster unit or elector it holds. A compound of six hundred units then weighs what six
 * hundred small ones do, so a cache bounded this way holds as much heap whatever the compounds' sizes.
 */
public interface CacheWeight {

    int cacheWeight();
}
