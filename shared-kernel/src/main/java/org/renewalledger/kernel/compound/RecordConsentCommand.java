package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * Records one vote on one matter (consent register). The vote names a unit on the owners' roster, or an owner
 * on it (older clients send the unit's code as the owner); the area and the headcount it carries come from
 * the roster, never from the request. A later vote of the same voter on the same matter replaces the earlier
 * one in the tally until the count closes; both stay in the history.
 *
 * @param unit          the roster unit voting, or null when {@code owner} names it
 * @param owner         the owner who signed (one of the unit's owners), or the unit's code; null with a unit
 * @param exclusiveArea what the form says the unit's exclusive area is, only checked against the roster; or null
 * @param castAt        when the owner voted, as the form or the platform shows it
 * @param ownerDetails  the owner's name, phone and ID number, already sealed under their key; or null
 * @param proxy         the proxy and the written authorisation, for a vote by proxy (channel PROXY); else null
 */
public record RecordConsentCommand(
        CompoundId compoundId,
        ConsentMatter matter,
        UnitCode unit,
        OwnerReference owner,
        Area exclusiveArea,
        ConsentChoice choice,
        ConsentChannel channel,
        Instant castAt,
        SealedPersonalData ownerDetails,
        ProxyVote proxy) {

    /** A vote naming the owner (or the unit by its code) and the area the form states. */
    public RecordConsentCommand(CompoundId compoundId, ConsentMatter matter, OwnerReference owner, Area exclusiveArea,
                                ConsentChoice choice, ConsentChannel channel, Instant castAt, SealedPersonalData ownerDetails) {
        this(compoundId, matter, null, owner, exclusiveArea, choice, channel, castAt, ownerDetails, null);
    }

    /** A vote recorded without the owner's personal details. */
    public RecordConsentCommand(CompoundId compoundId, ConsentMatter matter, OwnerReference owner, Area exclusiveArea,
                                ConsentChoice choice, ConsentChannel channel, Instant castAt) {
        this(compoundId, matter, owner, exclusiveArea, choice, channel, castAt, null);
    }

    public RecordConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("matter", matter);
        if (unit == null && owner == null) {
            throw DomainException.invalid("unit", "A vote names its unit on the owners' roster");
        }
        Require.present("choice", choice);
        Require.present("channel", channel);
        Require.present("castAt", castAt);
        if (ownerDetails != null && (owner == null || !ownerDetails.subject().equals(DataSubject.ownerOf(compoundId, owner)))) {
            throw DomainException.invalid("ownerDetails", "The owner's details are sealed for another data subject");
        }
        if (exclusiveArea != null && exclusiveArea.squareCentimetres() == 0) {
            throw DomainException.invalid("exclusiveArea", "An owner's exclusive area must be positive");
        }
        if ((channel == ConsentChannel.PROXY) != (proxy != null)) {
            throw DomainException.invalid("proxy", "A vote by proxy (channel PROXY) names the proxy and the evidence "
                    + "of the authorisation; other votes name none");
        }
    }

    /** Votes go to the count's own stream (ConsentCount), not to the compound's. */
    @TargetAggregateIdentifier
    public ConsentCountId countId() {
        return ConsentCountId.of(compoundId, matter);
    }

    /** The same vote carrying the owner's details, sealed under their key once the vote itself has been validated. */
    public RecordConsentCommand withOwnerDetails(SealedPersonalData sealed) {
        return new RecordConsentCommand(compoundId, matter, unit, owner, exclusiveArea, choice, channel, castAt, sealed, proxy);
    }
}
