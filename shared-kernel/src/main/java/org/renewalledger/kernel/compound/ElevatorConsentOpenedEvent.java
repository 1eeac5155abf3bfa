package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;

/** The count on an elevator for one stairwell unit opened, with its electorate and the shaft owners. */
@Revision("1")
public record ElevatorConsentOpenedEvent(CompoundId compoundId, StairwellUnit unit, int households, Area exclusiveArea,
                                         List<OwnerReference> shaftOwners) implements CompoundEvent {
}
