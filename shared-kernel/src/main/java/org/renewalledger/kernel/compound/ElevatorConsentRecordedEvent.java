package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;

/** An owner voted on their stairwell unit's elevator. */
@Revision("1")
public record ElevatorConsentRecordedEvent(CompoundId compoundId, StairwellUnit unit, OwnerReference owner,
                                           Area exclusiveArea, ConsentChoice choice, ConsentChannel channel,
                                           Instant castAt, boolean supersedesEarlierVote) implements CompoundEvent {
}
