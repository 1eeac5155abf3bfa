package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;

/**
 * An owner voted. {@code supersedesEarlierVote} tells a reader that this owner had voted on the matter
 * before and that this vote now counts instead (who recorded it is in the metadata).
 */
@Revision("1")
public record ConsentRecordedEvent(
        CompoundId compoundId,
        ConsentMatter matter,
        OwnerReference owner,
        Area exclusiveArea,
        ConsentChoice choice,
        ConsentChannel channel,
        Instant castAt,
        boolean supersedesEarlierVote) implements CompoundEvent {
}
