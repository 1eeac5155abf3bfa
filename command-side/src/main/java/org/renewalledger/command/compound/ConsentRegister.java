package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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

    /** Where a vote lands: the unit, the voter, the owner who signed and the voter's area. */
    record Placement(UnitCode unit, String voter, OwnerReference owner, Area voterArea) {
    }

    /**
     * Ballots kept by key: before the roster, by owner reference; on the roster, only a ballot the roll cannot hold
     * (a key that is not one of its voters, or an area other than the voter's). Plain JSON in snapshots.
     */
    private Map<String, Ballot> latest = new HashMap<>();
    private ConsentTally tally;
    private boolean closed;
    private boolean passed;
    private int round = 1;
    /** Null for a count begun before the roster; else the frozen electorate, with each voter's latest choice. */
    private ElectorRoll roll;

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
        roll = ElectorRoll.of(electorate);
    }

    /** The round once its ballots are sealed: the tally stays, the electorate and ballots are no longer needed. */
    ConsentRegister sealed(int round) {
        ConsentRegister sealed = new ConsentRegister();
        sealed.tally = tally;
        sealed.closed = true;
        sealed.round = round;
        return sealed;
    }

    /** What the register holds in memory, in the unit the aggregate caches weigh: the units of its electorate. */
    int units() {
        return roll == null ? latest.size() : roll.size();
    }

    /** What carrying the earlier votes onto {@code electorate} keeps and drops: {carried, dropped}. */
    int[] carryCounts(Electorate electorate) {
        Map<String, Ballot> carried = carry(electorate);
        return new int[] {carried.size(), allBallots().size() - carried.size()};
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
        allBallots().forEach((key, ballot) -> {
            if (!UnitCode.matches(key)) {
                return;
            }
            RosterUnit unit = electorate.unit(UnitCode.of(key));
            if (unit != null) {
                String voter = Electorate.voterOf(unit);
                carried.putIfAbsent(voter, new Ballot(ballot.choice(), electorate.areaOf(voter).squareCentimetres()));
            }
        });
        return carried;
    }

    /** Every latest ballot by key, in key order: the roll's and those kept by key. */
    private TreeMap<String, Ballot> allBallots() {
        TreeMap<String, Ballot> all = new TreeMap<>(latest);
        if (roll != null) {
            for (int voter = 0; voter < roll.voters(); voter++) {
                ConsentChoice choice = roll.choice(voter);
                if (choice != null) {
                    all.put(roll.voterKey(voter), new Ballot(choice, roll.voterArea(voter)));
                }
            }
        }
        return all;
    }

    boolean onRoster() {
        return roll != null;
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
        if (code == null && roll.unit(named.value()) >= 0) {
            code = UnitCode.of(named.value());
        }
        if (code == null) {
            code = soleUnitOf(named, count);
        }
        int index = roll.unit(code.value());
        if (index < 0) {
            throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Unit " + code + " is not on the owners' roster "
                    + "frozen when " + count + " opened; a vote counts only from a unit on it",
                    unit != null ? "unit" : "owner");
        }
        OwnerReference owner = named != null ? named : new OwnerReference(code.value());
        if (!owner.value().equals(code.value()) && !roll.ownedBy(index, owner.value())) {
            throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Owner " + owner + " is not an owner of unit " + code
                    + " on the roster frozen when " + count + " opened", "owner");
        }
        int voter = roll.voterOf(index);
        long voterArea = roll.voterArea(voter);
        long unitArea = roll.unitArea(index);
        if (stated != null && stated.squareCentimetres() != unitArea && stated.squareCentimetres() != voterArea) {
            throw new DomainException(ErrorCode.AREA_DISAGREES_WITH_ROSTER, "The vote states " + stated
                    + "; the roster gives unit " + code + " " + new Area(unitArea)
                    + " of exclusive area. The area counted comes from the roster: send none, or the roster's",
                    "exclusiveArea");
        }
        return new Placement(code, roll.voterKey(voter), owner, new Area(voterArea));
    }

    /**
     * The voter a unit code or an owner reference stands for on the frozen electorate (the first unit in code order
     * where an owner holds several), or null where neither is on it.
     */
    String voterFor(OwnerReference named) {
        int byCode = roll.unit(named.value());
        if (byCode >= 0) {
            return roll.voterKey(roll.voterOf(byCode));
        }
        for (int unit = 0; unit < roll.size(); unit++) {
            if (roll.ownedBy(unit, named.value())) {
                return roll.voterKey(roll.voterOf(unit));
            }
        }
        return null;
    }

    /** Each voter's latest vote as it counts now, in voter order: what a count carries when it moves streams. */
    List<org.renewalledger.kernel.compound.BallotCarried> ballots() {
        return allBallots().entrySet().stream()
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
        List<RosterUnit> frozen = new ArrayList<>(roll.size());
        for (int unit = 0; unit < roll.size(); unit++) {
            UnitCode code = UnitCode.of(roll.code(unit));
            frozen.add(new RosterUnit(code, new Area(roll.unitArea(unit)), basisOf.apply(code),
                    roll.owners(unit).stream().map(OwnerReference::new).toList(),
                    Electorate.DEVELOPER.equals(roll.voterKey(roll.voterOf(unit)))));
        }
        return frozen;
    }

    boolean isEmpty() {
        return allBallots().isEmpty();
    }

    private UnitCode soleUnitOf(OwnerReference owner, String count) {
        List<Integer> owned = new ArrayList<>();
        for (int unit = 0; unit < roll.size(); unit++) {
            if (roll.ownedBy(unit, owner.value())) {
                owned.add(unit);
            }
        }
        if (owned.isEmpty()) {
            throw new DomainException(ErrorCode.OWNER_NOT_ON_ROSTER, "Neither a unit nor an owner " + owner
                    + " is on the owners' roster frozen when " + count + " opened", "owner");
        }
        if (owned.stream().map(roll::voterOf).distinct().count() > 1) {
            throw DomainException.invalid("unit", "Owner " + owner + " holds units that vote apart ("
                    + owned.stream().map(roll::code).toList() + "); name the unit");
        }
        return UnitCode.of(roll.code(owned.get(0)));
    }

    Ballot latestOf(String key) {
        int voter = roll == null ? -1 : roll.voter(key);
        if (voter >= 0 && roll.choice(voter) != null) {
            return new Ballot(roll.choice(voter), roll.voterArea(voter));
        }
        return latest.get(key);
    }

    Ballot latestOf(OwnerReference owner) {
        return latestOf(owner.value());
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
        Ballot earlier = latestOf(key);
        int voter = roll == null ? -1 : roll.voter(key);
        if (voter >= 0 && area.squareCentimetres() == roll.voterArea(voter)) {
            roll.choose(voter, choice);
            latest.remove(key);
        } else {
            if (voter >= 0) {
                roll.choose(voter, null);
            }
            latest.put(key, new Ballot(choice, area.squareCentimetres()));
        }
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
                && Objects.equals(roll, that.roll);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latest, tally, closed, roll);
    }
}
