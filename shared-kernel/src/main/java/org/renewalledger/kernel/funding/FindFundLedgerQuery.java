package org.renewalledger.kernel.funding;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/**
 * The history of one fund: every entry of one source within a jurisdiction, in the order the event store
 * recorded them, one page after the global position {@code after}; answered with a {@link LedgerHistory}.
 */
public record FindFundLedgerQuery(JurisdictionCode jurisdiction, FundingSource source, long after, int limit) {

    public static final int MAX_LIMIT = 1000;

    public FindFundLedgerQuery {
        Require.present("jurisdiction", jurisdiction);
        Require.present("source", source);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
