package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import org.renewalledger.kernel.compound.StairwellUnit;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * The compound's owners' roster (业主名册) as it stands now: each unit's latest entry. Field-visible to Jackson
 * so that the aggregate can be snapshotted; keyed by the unit code's text, which keeps snapshots plain JSON.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class OwnersRoster {

    private Map<String, RosterUnit> units = new HashMap<>();

    boolean isEmpty() {
        return units.isEmpty();
    }

    int size() {
        return units.size();
    }

    RosterUnit unit(UnitCode code) {
        return units.get(code.value());
    }

    void put(RosterUnit unit) {
        units.put(unit.unit().value(), unit);
    }

    /** The units of one stairwell unit (building-stairwell-room codes), in code order: an elevator count's electorate. */
    List<RosterUnit> inStairwell(StairwellUnit stairwell) {
        return units.values().stream().filter(unit -> stairwell.equals(unit.unit().stairwell()))
                .sorted((a, b) -> a.unit().compareTo(b.unit())).toList();
    }

    /** The electorate a count opening now would freeze. */
    Electorate electorate() {
        return Electorate.of(units.values());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnersRoster that && units.equals(that.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }
}
