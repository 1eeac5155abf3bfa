package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * Opens the count on one matter, freezing its electorate from the owners' roster. The first vote opens the
 * count too when nobody opened it before ({@code byFirstVote}: a count another first vote opened meanwhile is fine).
 */
public record OpenConsentCountCommand(@TargetAggregateIdentifier CompoundId compoundId, ConsentMatter matter,
                                      Instant openedAt, boolean byFirstVote) {

    /** An explicit opening: a count already open is refused. */
    public OpenConsentCountCommand(CompoundId compoundId, ConsentMatter matter, Instant openedAt) {
        this(compoundId, matter, openedAt, false);
    }

    public OpenConsentCountCommand {
        Require.present("compoundId", compoundId);
        Require.present("matter", matter);
        Require.present("openedAt", openedAt);
    }
}
