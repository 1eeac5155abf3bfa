package org.renewalledger.command.compound;

import java.math.BigDecimal;
import java.util.List;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * One unit of the owners' roster: its code (building-stairwell-room), exclusive area in m² and that area's
 * basis (REGISTER, SURVEY or CONTRACT), its owners by reference (co-owners listed together) and whether the
 * developer still holds it. Owners' names and numbers are not part of the roster: they are sealed per person
 * with their vote (docs/SECURITY.md).
 */
public record RosterUnitRequest(String unit, BigDecimal exclusiveArea, AreaBasis areaBasis, List<String> owners,
                                Boolean developerHeld) {

    RosterUnit toRosterUnit() {
        return toRosterUnit(unit);
    }

    RosterUnit toRosterUnit(String code) {
        return new RosterUnit(new UnitCode(code), Area.ofSquareMetres(Require.present("exclusiveArea", exclusiveArea)),
                Require.present("areaBasis", areaBasis),
                Require.present("owners", owners).stream().map(OwnerReference::new).toList(),
                Boolean.TRUE.equals(developerHeld));
    }
}
