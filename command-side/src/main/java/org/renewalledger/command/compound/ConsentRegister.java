package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.Electorate;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * One round of a count (a {@link ConsentCount}'s, or one an earlier build held inside the compound's stream): its
 * electorate, frozen from the owners' roster when the count opened, each voter's latest vote and the running tally. A vote counts once per voter (法释〔2009〕7号
 * Art. 9) with the voter's area from the frozen roster, so the tally can never exceed the electorate. The tally is
 * kept up to date vote by vote (take back the earlier vote, add the new one), so deciding never rescans thousands
 * of votes. A count whose votes began before the compound had a roster holds them by owner reference over the
 * registered households and floor area until it moves again ({@link #carriedOnto}). Field-visible to Jackson so
 * that the aggregate can be snapshotted.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ConsentRegister {

    /** A voter's vote as it counts now. */
    record Ballot(ConsentChoice choice, long areaSquareCentimetres) {
    }

    /** A unit of the frozen electorate: the voter it counts for, its own area and its owners at the opening. */
    record Elector(String voter, long areaSquareCentimetres, List<String> owners) {
    }

    /** Where a vote lands: the unit, the voter, the owner who signed and the voter's area. */
    record Placement(UnitCode unit, String voter, OwnerReference owner, Area voterArea) {
    }

    /** Keyed by the voter (or, before the roster, the owner reference), which keeps snapshots plain JSON. */
    private Map<String, Ballot> latest = new HashMap<>();
    private ConsentTally tally;
    private boolean closed;
    private boolean passed;
    private int round = 1;
    /** Null for a count begun before the roster; else the frozen electorate by unit code and voter. */
    private Map<String, Elector> units;
    private Map<String, Long> voterAreas;

    ConsentRegister() {
    }

    /** A count begun before the roster existed: its electorate is the compound's registered households and area. */
    static ConsentRegister overRegisteredFloorArea(long households, Area floorArea) {
        ConsentRegister register = new ConsentRegister();
        register.tally = ConsentTally.empty(households, floorArea);
        return register;
    }

    /** A count opening in {@code round} over the electorate frozen from the roster. */
    static ConsentRegister opened(int round, Electorate electorate) {
        ConsentRegister register = new ConsentRegister();
        register.round = round;
        register.freeze(electorate);
        register.tally = ConsentTally.empty(electorate.headcount(), electorate.totalArea());
        return register;
    }

    private void freeze(Electorate electorate) {
        // Plain hash maps: a snapshot reads maps back as such, and every reading that depends on order sorts first.
        units = new HashMap<>();
        for (RosterUnit unit : electorate.all()) {
            units.put(unit.unit().value(), new Elector(Electorate.voterOf(unit), unit.exclusiveArea().squareCentimetres(),
                    unit.owners().stream().map(OwnerReference::value).toList()));
        }
        voterAreas = new HashMap<>();
        electorate.voters().forEach((voter, area) -> voterAreas.put(voter, area.squareCentimetres()));
    }

    /** What carrying the earlier votes onto {@code electorate} keeps and drops: {carried, dropped}. */
    int[] carryCounts(Electorate electorate) {
        Map<String, Ballot> carried = carry(electorate);
        return new int[] {carried.size(), latest.size() - carried.size()};
    }

    /**
     * A count begun before the roster, now over the roster's frozen electorate: an earlier vote whose owner
     * reference is a unit's code on the roster counts for that unit's voter with the voter's area; where several
     * such votes fall to one voter, the one of the first unit in code order counts; the rest no longer count.
     */
    void carriedOnto(Electorate electorate) {
        Map<String, Ballot> carried = carry(electorate);
        freeze(electorate);
        latest = new HashMap<>();
        tally = ConsentTally.empty(electorate.headcount(), electorate.totalArea());
        carried.forEach((voter, ballot) -> count(voter, ballot.choice(), new Area(ballot.areaSquareCentimetres())));
    }

    private Map<String, Ballot> carry(Electorate electorate) {
        Map<String, Ballot> carried = new TreeMap<>();
        for (String key : new TreeSet<>(latest.keySet())) {
            if (!UnitCode.matches(key)) {
                continue;
            }
            RosterUnit unit = electorate.unit(UnitCode.of(key));
            if (unit != null) {
                String voter = Electorate.voterOf(unit);
                carried.putIfAbsent(voter, new Ballot(latest.get(key).choice(),
                        electorate.areaOf(voter).squareCentimetres()));
            }
        }
        return carried;
    }

    boolean onRoster() {
        return units != null;
    }

    int round() {
        return round;
    }

    /**
     * Decides where a vote lands on the frozen electorate, or refuses it: the unit it names (or the unit whose code
     * the owner field holds, or the one voter the named owner belongs to), the owner among the unit's owners, and
     * an area sent only if it agrees with the roster (the unit's area, or the voter's whole area).
     */
    Placement place(RecordConsentCommand vote, ConsentMatter matter) {
        return place(vote.unit(), vote.owner(), vote.exclusiveArea(), "the count on " + matter);
    }

    /** As {@link #place(RecordConsentCommand, ConsentMatter)}, for a vote in the count that {@code count} names. */
    Placement place(UnitCode unit, OwnerReference named, Area stated, String count) {
        UnitCode code = unit;
        if (code == null && units.containsKey(named.value())) {
            code = UnitCode.of(named.value());
        }
        if (code == null) {
            code = soleUnitOf(named, count);
        }
        Elector elector = units.get(code.value());
        if (elector == null) {
            throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Unit " + code + " is not on the owners' roster "
                    + "frozen when " + count + " opened; a vote counts only from a unit on it",
                    unit != null ? "unit" : "owner");
        }
        OwnerReference owner = named != null ? named : new OwnerReference(code.value());
        if (!owner.value().equals(code.value()) && !elector.owners().contains(owner.value())) {
            throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Owner " + owner + " is not an owner of unit " + code
                    + " on the roster frozen when " + count + " opened", "owner");
        }
        long voterArea = voterAreas.get(elector.voter());
        if (stated != null && stated.squareCentimetres() != elector.areaSquareCentimetres()
                && stated.squareCentimetres() != voterArea) {
            throw new DomainException(ErrorCode.AREA_DISAGREES_WITH_ROSTER, "The vote states " + stated
                    + "; the roster gives unit " + code + " " + new Area(elector.areaSquareCentimetres())
                    + " of exclusive area. The area counted comes from the roster: send none, or the roster's",
                    "exclusiveArea");
        }
        return new Placement(code, elector.voter(), owner, new Area(voterArea));
    }

    /**
     * The voter a unit code or an owner reference stands for on the frozen electorate (the first unit in code order
     * where an owner holds several), or null where neither is on it.
     */
    String voterFor(OwnerReference named) {
        Elector byCode = units.get(named.value());
        if (byCode != null) {
            return byCode.voter();
        }
        return units.entrySet().stream().filter(entry -> entry.getValue().owners().contains(named.value()))
                .map(Map.Entry::getKey).sorted().findFirst().map(code -> units.get(code).voter()).orElse(null);
    }

    /** Each voter's latest vote as it counts now, in voter order: what a count carries when it moves streams. */
    List<org.renewalledger.kernel.compound.BallotCarried> ballots() {
        return new TreeMap<>(latest).entrySet().stream()
                .map(entry -> new org.renewalledger.kernel.compound.BallotCarried(entry.getKey(), entry.getValue().choice(),
                        new Area(entry.getValue().areaSquareCentimetres())))
                .toList();
    }

    /** What carrying the votes of a count begun before the roster onto {@code electorate} keeps. */
    List<org.renewalledger.kernel.compound.BallotCarried> ballotsCarriedOnto(Electorate electorate) {
        return carry(electorate).entrySet().stream()
                .map(entry -> new org.renewalledger.kernel.compound.BallotCarried(entry.getKey(), entry.getValue().choice(),
                        new Area(entry.getValue().areaSquareCentimetres())))
                .toList();
    }

    /**
     * The frozen electorate as roster units, for a count that moves to its own stream: the roster's area basis of
     * each unit as it reads now ({@code basisOf}), everything else as frozen.
     */
    List<RosterUnit> frozenUnits(java.util.function.Function<UnitCode, org.renewalledger.kernel.compound.AreaBasis> basisOf) {
        return new TreeMap<>(units).entrySet().stream().map(entry -> {
            Elector elector = entry.getValue();
            UnitCode code = UnitCode.of(entry.getKey());
            return new RosterUnit(code, new Area(elector.areaSquareCentimetres()), basisOf.apply(code),
                    elector.owners().stream().map(OwnerReference::new).toList(), Electorate.DEVELOPER.equals(elector.voter()));
        }).toList();
    }

    boolean isEmpty() {
        return latest.isEmpty();
    }

    private UnitCode soleUnitOf(OwnerReference owner, String count) {
        List<String> owned = new ArrayList<>();
        units.forEach((code, elector) -> {
            if (elector.owners().contains(owner.value())) {
                owned.add(code);
            }
        });
        owned.sort(null);
        if (owned.isEmpty()) {
            throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Neither a unit nor an owner " + owner
                    + " is on the owners' roster frozen when " + count + " opened", "owner");
        }
        if (owned.stream().map(code -> units.get(code).voter()).distinct().count() > 1) {
            throw DomainException.invalid("unit", "Owner " + owner + " holds units that vote apart (" + owned
                    + "); name the unit");
        }
        return UnitCode.of(owned.get(0));
    }

    Ballot latestOf(String key) {
        return latest.get(key);
    }

    Ballot latestOf(OwnerReference owner) {
        return latest.get(owner.value());
    }

    ConsentTally tally() {
        return tally;
    }

    boolean closed() {
        return closed;
    }

    boolean passed() {
        return passed;
    }

    void count(String key, ConsentChoice choice, Area area) {
        Ballot earlier = latest.put(key, new Ballot(choice, area.squareCentimetres()));
        if (earlier != null) {
            tally = tally.with(earlier.choice(), new Area(earlier.areaSquareCentimetres()), -1);
        }
        tally = tally.with(choice, area, +1);
    }

    void count(OwnerReference owner, ConsentChoice choice, Area area) {
        count(owner.value(), choice, area);
    }

    void close(boolean passed, int round) {
        this.closed = true;
        this.passed = passed;
        this.round = round;
    }

    void close() {
        close(false, round);
    }

    /** Value equality, so that Axon's fixtures can check that sourcing the events rebuilds the same state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentRegister that && closed == that.closed && passed == that.passed
                && round == that.round && latest.equals(that.latest) && Objects.equals(tally, that.tally)
                && Objects.equals(units, that.units) && Objects.equals(voterAreas, that.voterAreas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latest, tally, closed, units);
    }
}
