package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * One vote on the elevator of a stairwell unit; the latest vote of each voter counts until the count closes. The
 * vote names a roster unit of that stairwell (its code in {@code owner}) or one of its owners; the area counted
 * comes from the roster, and {@code exclusiveArea}, when sent, is only checked against it.
 */
public record RecordElevatorConsentCommand(CompoundId compoundId, StairwellUnit unit,
                                           OwnerReference owner, Area exclusiveArea, ConsentChoice choice,
                                           ConsentChannel channel, Instant castAt) {

    public RecordElevatorConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
        Require.present("owner", owner);
        Require.present("choice", choice);
        Require.present("channel", channel);
        Require.present("castAt", castAt);
        if (exclusiveArea != null && exclusiveArea.squareCentimetres() == 0) {
            throw DomainException.invalid("exclusiveArea", "An owner's exclusive area must be positive");
        }
    }

    /** Votes go to the stairwell's own count (ConsentCount), not to the compound. */
    @TargetAggregateIdentifier
    public ConsentCountId countId() {
        return ConsentCountId.ofElevator(compoundId, unit);
    }
}
