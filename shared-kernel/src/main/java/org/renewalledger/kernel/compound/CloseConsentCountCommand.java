package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Closes the count on one matter: from then on no vote is recorded or changed, and the tally is final. */
public record CloseConsentCountCommand(@TargetAggregateIdentifier CompoundId compoundId, ConsentMatter matter,
                                       Instant closedAt) {

    public CloseConsentCountCommand {
        Require.present("compoundId", compoundId);
        Require.present("matter", matter);
        Require.present("closedAt", closedAt);
    }
}
