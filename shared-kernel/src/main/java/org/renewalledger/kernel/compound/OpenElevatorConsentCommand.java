package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Opens the count on adding an elevator to one stairwell unit (加装电梯, 一单元一策): its electorate (the unit's
 * households and their exclusive area) and the owners whose exclusive area the shaft would occupy, each of
 * whom must agree individually.
 */
public record OpenElevatorConsentCommand(@TargetAggregateIdentifier CompoundId compoundId, StairwellUnit unit,
                                         int households, Area exclusiveArea, List<OwnerReference> shaftOwners) {

    public OpenElevatorConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
        Require.present("exclusiveArea", exclusiveArea);
        if (households < 1 || exclusiveArea.squareCentimetres() == 0) {
            throw DomainException.invalid("households", "A stairwell unit has at least one household and some area");
        }
        shaftOwners = shaftOwners == null ? List.of() : List.copyOf(shaftOwners);
    }
}
