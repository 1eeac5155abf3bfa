package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** Sets up long-term management after handover, with the maintenance fund raised per m² of floor area. */
public record SetUpLongTermManagementCommand(@TargetAggregateIdentifier CompoundId compoundId, ManagementMode mode,
                                             String manager, Money maintenanceFundPerSquareMetre, LocalDate startsOn) {

    public SetUpLongTermManagementCommand {
        Require.present("compoundId", compoundId);
        Require.present("mode", mode);
        manager = Require.text("manager", manager, 100);
        Require.present("maintenanceFundPerSquareMetre", maintenanceFundPerSquareMetre);
        Require.present("startsOn", startsOn);
    }
}
