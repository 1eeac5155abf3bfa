package org.renewalledger.command.compound;

import java.time.LocalDate;
import java.util.List;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.TransferReason;
import org.renewalledger.kernel.compound.TransferUnitCommand;
import org.renewalledger.kernel.compound.UnitCode;

/** {@code POST /api/compounds/{id}/roster/units/{unit}/transfer}: the new owners, why, since when, and the evidence;
 * a {@code transferredOn} beyond the grace needs {@code backdatingReason}. */
public record UnitTransferRequest(List<String> newOwners, TransferReason reason, String evidence, LocalDate transferredOn,
                                  String backdatingReason) {

    TransferUnitCommand toCommand(CompoundId id, String unit) {
        return new TransferUnitCommand(id, new UnitCode(unit),
                Require.present("newOwners", newOwners).stream().map(OwnerReference::new).toList(), reason, evidence,
                transferredOn, backdatingReason);
    }
}
