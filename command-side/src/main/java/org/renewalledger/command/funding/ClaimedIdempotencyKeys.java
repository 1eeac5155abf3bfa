package org.renewalledger.command.funding;

import java.util.Optional;

/**
 * Idempotency keys across every ledger (projects and funds): each key belongs to the one entry it first
 * recorded. Claimed in the command's own transaction, so a key names a committed entry or none.
 */
public interface ClaimedIdempotencyKeys {

    /**
     * Claims {@code key} for {@code entryId} of ledger {@code ledgerId}; empty when the claim holds, otherwise the
     * entry that holds the key already.
     */
    Optional<String> claim(String key, String ledgerId, String entryId);
}
