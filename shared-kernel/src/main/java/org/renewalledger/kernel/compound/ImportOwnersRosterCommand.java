package org.renewalledger.kernel.compound;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Puts the housing registry's roster of units on file in one go: each unit decided as
 * {@link RecordRosterUnitCommand} would decide it, all stored in one transaction or none.
 */
public record ImportOwnersRosterCommand(@TargetAggregateIdentifier CompoundId compoundId, List<RosterUnit> units) {

    /** A roster larger than this is split by the caller: one transaction stays short. */
    public static final int MAXIMUM_UNITS = 5_000;

    public ImportOwnersRosterCommand {
        Require.present("compoundId", compoundId);
        Require.present("units", units);
        if (units.isEmpty() || units.size() > MAXIMUM_UNITS) {
            throw DomainException.invalid("units", "A roster import holds 1 to " + MAXIMUM_UNITS + " units, not "
                    + units.size());
        }
        Set<UnitCode> seen = new HashSet<>();
        for (RosterUnit unit : units) {
            Require.present("units", unit);
            if (!seen.add(unit.unit())) {
                throw DomainException.invalid("units", "Unit " + unit.unit() + " is listed twice");
            }
        }
        units = List.copyOf(units);
    }
}
