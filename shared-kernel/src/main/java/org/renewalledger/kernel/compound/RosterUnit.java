package org.renewalledger.kernel.compound;

import java.util.HashSet;
import java.util.List;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * One exclusive part on the owners' roster (业主名册): its exclusive area and that area's basis, its owners
 * (co-owners of one unit vote as one), and whether the developer still holds it (not yet sold or not yet
 * delivered). Owners are pseudonymous references; their names and numbers are sealed per person.
 */
public record RosterUnit(UnitCode unit, Area exclusiveArea, AreaBasis basis, List<OwnerReference> owners,
                         boolean developerHeld) {

    /** Co-owners beyond this are a data error, not a household. */
    public static final int MAXIMUM_OWNERS = 10;

    public RosterUnit {
        Require.present("unit", unit);
        Require.present("exclusiveArea", exclusiveArea);
        Require.present("basis", basis);
        Require.present("owners", owners);
        if (exclusiveArea.squareCentimetres() == 0) {
            throw DomainException.invalid("exclusiveArea", "A unit's exclusive area must be positive");
        }
        if (owners.isEmpty() || owners.size() > MAXIMUM_OWNERS) {
            throw DomainException.invalid("owners", "A unit has 1 to " + MAXIMUM_OWNERS + " owners, not " + owners.size());
        }
        owners.forEach(owner -> Require.present("owners", owner));
        if (new HashSet<>(owners).size() != owners.size()) {
            throw DomainException.invalid("owners", "An owner is listed twice on unit " + unit);
        }
        owners = List.copyOf(owners);
    }

    public RosterUnit withOwners(List<OwnerReference> newOwners, boolean stillDeveloperHeld) {
        return new RosterUnit(unit, exclusiveArea, basis, newOwners, stillDeveloperHeld);
    }
}
