package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * The first event of a round in a count's own stream (ConsentCount): the electorate frozen from the owners'
 * roster when the count opened — every unit as the roster read then, so that the count places each vote on it
 * alone — the street office whose count it is, and for an elevator count the shaft owners. {@code carried} are
 * the votes an earlier build held in the compound's stream for this round; they count from here as they stood.
 * The compound records the opening itself ({@link ConsentCountOpenedEvent}, {@link ElevatorConsentOpenedEvent}).
 */
@Revision("1")
public record ConsentElectorateFrozenEvent(
        ConsentCountId countId,
        JurisdictionCode streetOffice,
        int round,
        List<RosterUnit> electorate,
        List<OwnerReference> shaftOwners,
        List<BallotCarried> carried) {

    public ConsentElectorateFrozenEvent {
        electorate = List.copyOf(electorate);
        shaftOwners = shaftOwners == null ? List.of() : List.copyOf(shaftOwners);
        carried = carried == null ? List.of() : List.copyOf(carried);
    }

    public CompoundId compoundId() {
        return countId.compoundId();
    }
}
