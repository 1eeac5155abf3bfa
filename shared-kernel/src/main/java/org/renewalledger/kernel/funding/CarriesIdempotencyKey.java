package org.renewalledger.kernel.funding;

/**
 * A money command that carries the caller's idempotency key: sent twice with the same key it records
 * once, and the second answer is the first one. The same key with a different request is refused.
 */
public interface CarriesIdempotencyKey {

    IdempotencyKey idempotencyKey();
}
