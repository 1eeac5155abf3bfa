package org.renewalledger.kernel.funding;

import java.time.Instant;
import org.renewalledger.kernel.common.Require;

/**
 * A fund's figures and its full, ordered trail, as of an instant (only entries recorded by then) or now when
 * {@code asOf} is null; answered with an optional {@link FundView}.
 */
public record FindFundQuery(FundId fundId, Instant asOf) {

    public FindFundQuery {
        Require.present("fundId", fundId);
    }
}
