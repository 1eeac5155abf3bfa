package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * An owner voted. {@code supersedesEarlierVote} tells a reader that this voter had voted on the matter
 * before and that this vote now counts instead (who recorded it is in the metadata). {@code ownerDetails}
 * (revision 2) holds the owner's name, phone and ID number sealed under their own key, or null.
 * Revision 3: {@code unit} is the roster unit the vote names and {@code voter} the electorate's voter it counts
 * for (法释〔2009〕7号 Art. 9; {@link Electorate#voterOf}), whose area {@code exclusiveArea} is, taken from the
 * roster; {@code proxy} names a proxy and the authorisation on file, or is null. Votes of revision 1 and 2 have
 * neither unit nor voter: their owner reference is the key the count knew them by.
 */
@Revision("3")
public record ConsentRecordedEvent(
        CompoundId compoundId,
        ConsentMatter matter,
        OwnerReference owner,
        Area exclusiveArea,
        ConsentChoice choice,
        ConsentChannel channel,
        Instant castAt,
        boolean supersedesEarlierVote,
        SealedPersonalData ownerDetails,
        UnitCode unit,
        String voter,
        ProxyVote proxy) implements CompoundEvent {

    /** A vote of the shape before the roster (revision 2): no unit, no voter, no proxy. */
    public ConsentRecordedEvent(CompoundId compoundId, ConsentMatter matter, OwnerReference owner, Area exclusiveArea,
                                ConsentChoice choice, ConsentChannel channel, Instant castAt, boolean supersedesEarlierVote,
                                SealedPersonalData ownerDetails) {
        this(compoundId, matter, owner, exclusiveArea, choice, channel, castAt, supersedesEarlierVote, ownerDetails,
                null, null, null);
    }

    /** A vote without personal details (revision 1 had no place for them; its upcaster adds a null). */
    public ConsentRecordedEvent(CompoundId compoundId, ConsentMatter matter, OwnerReference owner, Area exclusiveArea,
                                ConsentChoice choice, ConsentChannel channel, Instant castAt, boolean supersedesEarlierVote) {
        this(compoundId, matter, owner, exclusiveArea, choice, channel, castAt, supersedesEarlierVote, null);
    }

    /** The key the count holds this vote under: the voter, or for a vote before the roster its owner reference. */
    public String ballotKey() {
        return voter != null ? voter : owner.value();
    }
}
