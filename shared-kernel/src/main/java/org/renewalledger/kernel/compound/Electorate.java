package org.renewalledger.kernel.compound;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.renewalledger.kernel.common.Area;

/**
 * Who decides, computed from the owners' roster as the law counts (法释〔2009〕7号, as amended 2020):
 * <ul>
 *   <li>Art. 8: the total area is the sum of the units' exclusive areas (not the buildings' floor area);</li>
 *   <li>Art. 9: one exclusive part counts as one owner; but all parts the developer has not sold or not
 *       delivered count together as one, and one buyer holding several parts counts as one.</li>
 * </ul>
 * Each such "one" is a voter: co-owners of a unit are one buyer (the same set of owners), the developer's held
 * units are one voter, and a buyer with several units votes once with all their area. Pure and immutable.
 */
public final class Electorate {

    /** The voter key of every unit the developer still holds. */
    public static final String DEVELOPER = "developer";

    private final Map<UnitCode, RosterUnit> units;
    private final Map<String, Area> areaOfVoter;
    private final Area totalArea;

    private Electorate(Map<UnitCode, RosterUnit> units) {
        this.units = Collections.unmodifiableMap(units);
        Map<String, Area> areas = new TreeMap<>();
        Area total = new Area(0);
        for (RosterUnit unit : units.values()) {
            areas.merge(voterOf(unit), unit.exclusiveArea(), Area::plus);
            total = total.plus(unit.exclusiveArea());
        }
        this.areaOfVoter = Collections.unmodifiableMap(areas);
        this.totalArea = total;
    }

    public static Electorate of(Collection<RosterUnit> roster) {
        Map<UnitCode, RosterUnit> byCode = new LinkedHashMap<>();
        roster.stream().sorted((a, b) -> a.unit().compareTo(b.unit())).forEach(unit -> byCode.put(unit.unit(), unit));
        return new Electorate(byCode);
    }

    /**
     * The voter a unit belongs to: {@link #DEVELOPER} for a developer-held unit, else its owners' references in
     * order, joined by '+' (co-owners as one; the same buyer on several units is the same key).
     */
    public static String voterOf(RosterUnit unit) {
        if (unit.developerHeld()) {
            return DEVELOPER;
        }
        return unit.owners().stream().map(OwnerReference::value).sorted().collect(Collectors.joining("+"));
    }

    public int units() {
        return units.size();
    }

    /** Art. 9 headcount: the number of voters. */
    public long headcount() {
        return areaOfVoter.size();
    }

    /** Art. 8 total area: the sum of the exclusive areas. */
    public Area totalArea() {
        return totalArea;
    }

    public RosterUnit unit(UnitCode code) {
        return units.get(code);
    }

    /** A voter's area: the exclusive areas of all the units that count as that one owner. */
    public Area areaOf(String voter) {
        Area area = areaOfVoter.get(voter);
        return area == null ? new Area(0) : area;
    }

    /** Each voter with their area, in key order. */
    public Map<String, Area> voters() {
        return areaOfVoter;
    }

    public List<RosterUnit> unitsOf(String voter) {
        return units.values().stream().filter(unit -> voterOf(unit).equals(voter)).toList();
    }

    public Collection<RosterUnit> all() {
        return units.values();
    }
}
