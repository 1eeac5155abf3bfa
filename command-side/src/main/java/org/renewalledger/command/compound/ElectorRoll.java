package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;

/**
 * A count's frozen electorate and each voter's latest choice, packed into sorted arrays: unit codes with their
 * areas, owners and voter, and voters with their areas and choices. A count of a province's compound holds hundreds
 * of units in every cached count, so the aggregate caches hold three times as many counts in the same heap as they
 * did with a map of objects per unit (docs/PERFORMANCE.md). Looked up by binary search over the codes' natural
 * order. A unit whose one owner is its voter keeps no owner array: the voter string is the owner's reference.
 * Field-visible to Jackson so that the count can be snapshotted.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ElectorRoll {

    private static final ConsentChoice[] CHOICES = ConsentChoice.values();

    private String[] units;
    private long[] unitAreas;
    private int[] voterOfUnit;
    /** Per unit, its owners' references; null where the unit's one owner is its voter. */
    private String[][] owners;
    private String[] voters;
    private long[] voterAreas;
    /** Per voter: 0 while they have not voted, else their latest choice's ordinal plus one. */
    private byte[] choices;

    ElectorRoll() {
    }

    static ElectorRoll of(Electorate electorate) {
        List<RosterUnit> sorted = new ArrayList<>(electorate.all());
        sorted.sort(Comparator.comparing(unit -> unit.unit().value()));
        ElectorRoll roll = new ElectorRoll();
        roll.voters = electorate.voters().keySet().toArray(String[]::new);
        Arrays.sort(roll.voters);
        roll.voterAreas = new long[roll.voters.length];
        for (int v = 0; v < roll.voters.length; v++) {
            roll.voterAreas[v] = electorate.areaOf(roll.voters[v]).squareCentimetres();
        }
        roll.choices = new byte[roll.voters.length];
        int size = sorted.size();
        roll.units = new String[size];
        roll.unitAreas = new long[size];
        roll.voterOfUnit = new int[size];
        roll.owners = new String[size][];
        for (int u = 0; u < size; u++) {
            RosterUnit unit = sorted.get(u);
            roll.units[u] = unit.unit().value();
            roll.unitAreas[u] = unit.exclusiveArea().squareCentimetres();
            int voter = Arrays.binarySearch(roll.voters, Electorate.voterOf(unit));
            roll.voterOfUnit[u] = voter;
            List<OwnerReference> unitOwners = unit.owners();
            if (unitOwners.size() == 1 && !unit.developerHeld() && unitOwners.get(0).value().equals(roll.voters[voter])) {
                roll.voters[voter] = unitOwners.get(0).value(); // one string for the owner and the voter
            } else {
                roll.owners[u] = unitOwners.stream().map(OwnerReference::value).toArray(String[]::new);
            }
        }
        return roll;
    }

    int size() {
        return units.length;
    }

    /** The unit's index, or a negative number where the code is not on the roll. */
    int unit(String code) {
        return Arrays.binarySearch(units, code);
    }

    String code(int unit) {
        return units[unit];
    }

    long unitArea(int unit) {
        return unitAreas[unit];
    }

    int voterOf(int unit) {
        return voterOfUnit[unit];
    }

    List<String> owners(int unit) {
        return owners[unit] == null ? List.of(voters[voterOfUnit[unit]]) : List.of(owners[unit]);
    }

    boolean ownedBy(int unit, String owner) {
        return owners[unit] == null ? voters[voterOfUnit[unit]].equals(owner) : Arrays.asList(owners[unit]).contains(owner);
    }

    /** The voter's index, or a negative number where nobody on the roll votes under that key. */
    int voter(String key) {
        return key == null ? -1 : Arrays.binarySearch(voters, key);
    }

    String voterKey(int voter) {
        return voters[voter];
    }

    long voterArea(int voter) {
        return voterAreas[voter];
    }

    int voters() {
        return voters.length;
    }

    /** The voter's latest choice, or null before their first vote. */
    ConsentChoice choice(int voter) {
        return choices[voter] == 0 ? null : CHOICES[choices[voter] - 1];
    }

    void choose(int voter, ConsentChoice choice) {
        choices[voter] = choice == null ? 0 : (byte) (choice.ordinal() + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElectorRoll that && Arrays.equals(units, that.units) && Arrays.equals(unitAreas, that.unitAreas)
                && Arrays.equals(voterOfUnit, that.voterOfUnit) && Arrays.deepEquals(owners, that.owners)
                && Arrays.equals(voters, that.voters) && Arrays.equals(voterAreas, that.voterAreas)
                && Arrays.equals(choices, that.choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(units) * 31 + Arrays.hashCode(choices);
    }
}
