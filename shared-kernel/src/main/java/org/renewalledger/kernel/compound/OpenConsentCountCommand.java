package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * Opens the count on one matter, freezing its electorate from the owners' roster. The first vote opens the
 * count too when nobody opened it before.
 */
public record OpenConsentCountCommand(@TargetAggregateIdentifier CompoundId compoundId, ConsentMatter matter,
                                      Instant openedAt) {

    public OpenConsentCountCommand {
        Require.present("compoundId", compoundId);
        Require.present("matter", matter);
        Require.present("openedAt", openedAt);
    }
}
