package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A round of a count closed, in the count's own stream: no vote is recorded or changed from here. The compound
 * records the verdict with the final tally in its own stream ({@link ConsentCountClosedEvent},
 * {@link ElevatorConsentClosedEvent}) in the same unit of work.
 */
@Revision("1")
public record ConsentBallotsSealedEvent(ConsentCountId countId, int round, ConsentTally tally, Instant closedAt) {
}
