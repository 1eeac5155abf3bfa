package org.renewalledger.kernel.funding;

import java.time.Instant;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/**
 * Reconciles a jurisdiction's ledgers per source, now or as of an instant: every project's allocated ≥
 * disbursed ≥ spent ≥ 0, and the jurisdiction's totals equal the sum of its projects'. Answered with a
 * {@link ReconciliationReport} listing every break.
 */
public record FindReconciliationQuery(JurisdictionCode jurisdiction, Instant asOf) {

    public FindReconciliationQuery {
        Require.present("jurisdiction", jurisdiction);
    }
}
