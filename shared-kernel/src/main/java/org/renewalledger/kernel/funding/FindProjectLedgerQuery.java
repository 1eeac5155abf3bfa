package org.renewalledger.kernel.funding;

import org.renewalledger.kernel.common.Require;

/** The full, ordered history of a project's funding ledger; answered with a {@link LedgerHistory}. */
public record FindProjectLedgerQuery(ProjectId projectId) {

    public FindProjectLedgerQuery {
        Require.present("projectId", projectId);
    }
}
