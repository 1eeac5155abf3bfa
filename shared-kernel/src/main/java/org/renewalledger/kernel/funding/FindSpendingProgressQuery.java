package org.renewalledger.kernel.funding;

import java.time.Instant;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/**
 * Spending progress (支出进度: disbursed ÷ allocated) of every project within a jurisdiction, as of an
 * instant or now when {@code asOf} is null; answered with a {@link SpendingProgressView}.
 */
public record FindSpendingProgressQuery(JurisdictionCode jurisdiction, Instant asOf) {

    public FindSpendingProgressQuery {
        Require.present("jurisdiction", jurisdiction);
    }
}
