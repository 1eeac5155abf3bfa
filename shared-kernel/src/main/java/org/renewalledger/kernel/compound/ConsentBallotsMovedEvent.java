package org.renewalledger.kernel.compound;

import org.axonframework.serialization.Revision;

/**
 * In the compound's stream: from here the ballots of this count (round {@code round} of a matter, or a stairwell's
 * elevator count) live in the count's own stream ({@code countId}); the compound keeps only whether it is open and,
 * once closed, its verdict. Every count the compound opens says so at once; a count that an earlier build held in
 * the compound's stream says so when it next moves, with the {@code carriedBallots} it took along.
 */
@Revision("1")
public record ConsentBallotsMovedEvent(ConsentCountId countId, int round, int carriedBallots) {

    public CompoundId compoundId() {
        return countId.compoundId();
    }
}
