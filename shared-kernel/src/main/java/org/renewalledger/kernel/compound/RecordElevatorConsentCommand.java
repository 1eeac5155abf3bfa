package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/** One owner's vote on the elevator of their stairwell unit; the latest vote counts until the count closes. */
public record RecordElevatorConsentCommand(@TargetAggregateIdentifier CompoundId compoundId, StairwellUnit unit,
                                           OwnerReference owner, Area exclusiveArea, ConsentChoice choice,
                                           ConsentChannel channel, Instant castAt) {

    public RecordElevatorConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
        Require.present("owner", owner);
        Require.present("exclusiveArea", exclusiveArea);
        Require.present("choice", choice);
        Require.present("channel", channel);
        Require.present("castAt", castAt);
        if (exclusiveArea.squareCentimetres() == 0) {
            throw DomainException.invalid("exclusiveArea", "An owner's exclusive area must be positive");
        }
    }
}
