package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;

/**
 * A count on a matter opened (its {@code round}: 1, or more after a failed scheme count was revised) with its
 * electorate frozen from the owners' roster: the units on it, the headcount after Art. 9 of 法释〔2009〕7号 and the
 * total exclusive area (Art. 8). A count whose votes began before the roster existed opens when it next moves:
 * {@code carriedBallots} of its earlier votes named a unit on the roster and count with the roster's area and
 * headcount; {@code droppedBallots} did not, and no longer count.
 */
@Revision("1")
public record ConsentCountOpenedEvent(CompoundId compoundId, ConsentMatter matter, int round, int units,
                                      long headcount, Area totalArea, Instant openedAt, int carriedBallots,
                                      int droppedBallots) implements CompoundEvent {
}
