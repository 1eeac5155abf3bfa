package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Closes the elevator count of one stairwell unit and records the verdict. */
public record CloseElevatorConsentCommand(@TargetAggregateIdentifier CompoundId compoundId, StairwellUnit unit,
                                          Instant closedAt) {

    public CloseElevatorConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
        Require.present("closedAt", closedAt);
    }
}
