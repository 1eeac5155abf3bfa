package org.renewalledger.kernel.funding;

import java.time.Instant;
import org.renewalledger.kernel.common.Require;

/**
 * A project's money per source as it stood at {@code asOf} (folded from the entries recorded up to that
 * instant, inclusive), or now when {@code asOf} is null; answered with a {@link ProjectFundingView}, or
 * nothing when the project had no entries by then.
 */
public record FindProjectFundingQuery(ProjectId projectId, Instant asOf) {

    public FindProjectFundingQuery {
        Require.present("projectId", projectId);
    }
}
