package org.renewalledger.command.compound;

import java.math.BigDecimal;
import java.util.List;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.OpenElevatorConsentCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.StairwellUnit;

/**
 * {@code POST /api/compounds/{id}/elevators/{unit}}: the owners the shaft affects (unit codes or owners on the
 * roster). The electorate is the roster's units in the stairwell; {@code households} and {@code exclusiveArea} may be
 * left out, and are refused if they disagree with it.
 */
public record ElevatorCountRequest(Integer households, BigDecimal exclusiveArea, List<String> shaftOwners) {

    OpenElevatorConsentCommand toCommand(CompoundId id, String unit) {
        return new OpenElevatorConsentCommand(id, new StairwellUnit(unit), households == null ? 0 : households,
                exclusiveArea == null ? null : Area.ofSquareMetres("exclusiveArea", exclusiveArea),
                shaftOwners == null ? List.of() : shaftOwners.stream().map(OwnerReference::new).toList());
    }
}
