package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.OwnerReference;

/**
 * The count on one matter inside the compound aggregate: each owner's latest vote and the running tally.
 * The tally is kept up to date vote by vote (take back the earlier vote, add the new one), so deciding
 * never rescans thousands of votes. Field-visible to Jackson so that the aggregate can be snapshotted.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ConsentRegister {

    /** An owner's vote as it counts now. */
    record Ballot(ConsentChoice choice, long areaSquareCentimetres) {
    }

    /** Keyed by the owner reference's text, which keeps snapshots plain JSON. */
    private Map<String, Ballot> latest = new HashMap<>();
    private ConsentTally tally;
    private boolean closed;

    ConsentRegister() {
    }

    ConsentRegister(long eligibleOwners, Area eligibleArea) {
        this.tally = ConsentTally.empty(eligibleOwners, eligibleArea);
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

    void count(OwnerReference owner, ConsentChoice choice, Area area) {
        Ballot earlier = latest.put(owner.value(), new Ballot(choice, area.squareCentimetres()));
        if (earlier != null) {
            tally = tally.with(earlier.choice(), new Area(earlier.areaSquareCentimetres()), -1);
        }
        tally = tally.with(choice, area, +1);
    }

    void close() {
        closed = true;
    }

    /** Value equality, so that Axon's fixtures can check that sourcing the events rebuilds the same state. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ConsentRegister that && closed == that.closed && latest.equals(that.latest)
                && Objects.equals(tally, that.tally);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latest, tally, closed);
    }
}
