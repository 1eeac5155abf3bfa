package org.renewalledger.command.compound;

import java.math.BigDecimal;
import java.util.List;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.OpenElevatorConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.StairwellUnit;

/** {@code POST /api/compounds/{id}/elevators/{unit}}: the unit's electorate and the owners the shaft affects. */
public record ElevatorCountRequest(Integer households, BigDecimal exclusiveArea, List<String> shaftOwners) {

    OpenElevatorConsentCommand toCommand(CompoundId id, String unit) {
        return new OpenElevatorConsentCommand(id, new StairwellUnit(unit), Require.present("households", households),
                Area.ofSquareMetres("exclusiveArea", Require.present("exclusiveArea", exclusiveArea)),
                shaftOwners == null ? List.of() : shaftOwners.stream().map(OwnerReference::new).toList());
    }
}
