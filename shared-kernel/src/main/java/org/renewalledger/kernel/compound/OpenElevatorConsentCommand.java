package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Opens the count on adding an elevator to one stairwell unit (加装电梯, 一单元一策). Its electorate is the owners'
 * roster's units in that stairwell, frozen at the opening; {@code households} and {@code exclusiveArea} are what
 * the request states (0 and null when it states nothing) and are only checked against the roster. The shaft owners
 * are those whose exclusive part the shaft would occupy (a unit code or an owner of it); each must agree.
 */
public record OpenElevatorConsentCommand(@TargetAggregateIdentifier CompoundId compoundId, StairwellUnit unit,
                                         int households, Area exclusiveArea, List<OwnerReference> shaftOwners) {

    public OpenElevatorConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
        if (households < 0 || (exclusiveArea != null && exclusiveArea.squareCentimetres() == 0)) {
            throw DomainException.invalid("households", "A stairwell unit has at least one household and some area");
        }
        shaftOwners = shaftOwners == null ? List.of() : List.copyOf(shaftOwners);
    }

    /** An opening that states nothing about the electorate: the roster alone gives it. */
    public OpenElevatorConsentCommand(CompoundId compoundId, StairwellUnit unit, List<OwnerReference> shaftOwners) {
        this(compoundId, unit, 0, null, shaftOwners);
    }
}
