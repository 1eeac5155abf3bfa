package org.renewalledger.kernel.compound;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * Corrects a unit's entry on the roster (a wrong area or basis, a misspelt owner list, a developer flag), with
 * the reason; the earlier entry stays in the history. A change of owner is a transfer, not a correction.
 */
public record CorrectRosterUnitCommand(@TargetAggregateIdentifier CompoundId compoundId, RosterUnit corrected,
                                       String reason) {

    public CorrectRosterUnitCommand {
        Require.present("compoundId", compoundId);
        Require.present("corrected", corrected);
        reason = Require.text("reason", reason, 500);
    }
}
