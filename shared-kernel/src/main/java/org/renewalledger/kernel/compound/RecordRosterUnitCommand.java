package org.renewalledger.kernel.compound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Puts one unit on the compound's owners' roster; a unit already on it is corrected or transferred instead. */
public record RecordRosterUnitCommand(@TargetAggregateIdentifier CompoundId compoundId, RosterUnit unit) {

    public RecordRosterUnitCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
    }
}
