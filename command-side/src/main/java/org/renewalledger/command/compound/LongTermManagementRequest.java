package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ManagementMode;
import org.renewalledger.kernel.compound.SetUpLongTermManagementCommand;

/** {@code POST /api/compounds/{id}/long-term-management}: the fund rate in yuan per m², e.g. {@code "6.50"}. */
public record LongTermManagementRequest(ManagementMode mode, String manager, String maintenanceFundPerSquareMetre,
                                        LocalDate startsOn) {

    SetUpLongTermManagementCommand toCommand(CompoundId id) {
        return new SetUpLongTermManagementCommand(id, mode, manager,
                Money.ofYuan(Require.present("maintenanceFundPerSquareMetre", maintenanceFundPerSquareMetre)), startsOn);
    }
}
