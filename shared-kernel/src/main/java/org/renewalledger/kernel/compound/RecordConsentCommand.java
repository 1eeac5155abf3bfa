package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * Records one owner's vote on one matter (consent register). A later vote by the same owner on the same
 * matter replaces the earlier one in the tally until the count closes; both stay in the history.
 *
 * @param exclusiveArea the owner's exclusive floor area (专有部分面积), which weighs the vote by area
 * @param castAt        when the owner voted, as the form or the platform shows it
 * @param ownerDetails  the owner's name, phone and ID number, already sealed under their key; or null
 */
public record RecordConsentCommand(
        @TargetAggregateIdentifier CompoundId compoundId,
        ConsentMatter matter,
        OwnerReference owner,
        Area exclusiveArea,
        ConsentChoice choice,
        ConsentChannel channel,
        Instant castAt,
        SealedPersonalData ownerDetails) {

    /** A vote recorded without the owner's personal details. */
    public RecordConsentCommand(CompoundId compoundId, ConsentMatter matter, OwnerReference owner, Area exclusiveArea,
                                ConsentChoice choice, ConsentChannel channel, Instant castAt) {
        this(compoundId, matter, owner, exclusiveArea, choice, channel, castAt, null);
    }

    public RecordConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("matter", matter);
        Require.present("owner", owner);
        Require.present("exclusiveArea", exclusiveArea);
        Require.present("choice", choice);
        Require.present("channel", channel);
        Require.present("castAt", castAt);
        if (ownerDetails != null && !ownerDetails.subject().equals(DataSubject.ownerOf(compoundId, owner))) {
            throw DomainException.invalid("ownerDetails", "The owner's details are sealed for another data subject");
        }
        if (exclusiveArea.squareCentimetres() == 0) {
            throw DomainException.invalid("exclusiveArea", "An owner's exclusive area must be positive");
        }
    }
}
