package org.renewalledger.command.compound;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.Objects;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.Electorate;

/**
 * A count on a matter as the compound sees it: its round, whether it is open, and once closed its verdict and final
 * tally, which the lifecycle's gates read. Its ballots live in the count's own stream ({@link ConsentCount}); only a
 * count that an earlier build held in the compound's stream keeps them here ({@code legacy}) until it next moves.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class CountStanding {

    private int round;
    private boolean closed;
    private boolean passed;
    private ConsentTally tally;
    /** The ballots of a count held in the compound's stream by an earlier build; null once they moved or closed. */
    private ConsentRegister legacy;

    CountStanding() {
    }

    /** A count opened now over {@code electorate}: until its ballots move (in the same command) it looks as before. */
    static CountStanding opened(int round, Electorate electorate) {
        CountStanding standing = new CountStanding();
        standing.round = round;
        standing.legacy = ConsentRegister.opened(round, electorate);
        return standing;
    }

    /** A count whose votes an earlier build recorded before the compound had a roster. */
    static CountStanding beforeRoster(int round, long households, Area floorArea) {
        CountStanding standing = new CountStanding();
        standing.round = round;
        standing.legacy = ConsentRegister.overRegisteredFloorArea(households, floorArea);
        return standing;
    }

    int round() {
        return round;
    }

    boolean closed() {
        return closed;
    }

    boolean passed() {
        return passed;
    }

    ConsentTally tally() {
        return tally;
    }

    /** The ballots still in the compound's stream, or null when they live in the count's own stream. */
    ConsentRegister legacy() {
        return legacy;
    }

    boolean inOwnStream() {
        return legacy == null;
    }

    /** Whether its electorate is frozen from the roster (in its own stream, or opened so by an earlier build). */
    boolean onRoster() {
        return legacy == null || legacy.onRoster();
    }

    void moved() {
        legacy = null;
    }

    void close(boolean passed, int round, ConsentTally tally) {
        this.closed = true;
        this.passed = passed;
        this.round = round;
        this.tally = tally;
        this.legacy = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountStanding that && round == that.round && closed == that.closed
                && passed == that.passed && Objects.equals(tally, that.tally) && Objects.equals(legacy, that.legacy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(round, closed, passed, tally);
    }
}
