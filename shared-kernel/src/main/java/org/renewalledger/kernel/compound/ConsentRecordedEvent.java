package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * An owner voted. {@code supersedesEarlierVote} tells a reader that this owner had voted on the matter
 * before and that this vote now counts instead (who recorded it is in the metadata). {@code ownerDetails}
 * (revision 2) holds the owner's name, phone and ID number sealed under their own key, or null.
 */
@Revision("2")
public record ConsentRecordedEvent(
        CompoundId compoundId,
        ConsentMatter matter,
        OwnerReference owner,
        Area exclusiveArea,
        ConsentChoice choice,
        ConsentChannel channel,
        Instant castAt,
        boolean supersedesEarlierVote,
        SealedPersonalData ownerDetails) implements CompoundEvent {

    /** A vote without personal details (revision 1 had no place for them; its upcaster adds a null). */
    public ConsentRecordedEvent(CompoundId compoundId, ConsentMatter matter, OwnerReference owner, Area exclusiveArea,
                                ConsentChoice choice, ConsentChannel channel, Instant castAt, boolean supersedesEarlierVote) {
        this(compoundId, matter, owner, exclusiveArea, choice, channel, castAt, supersedesEarlierVote, null);
    }
}
