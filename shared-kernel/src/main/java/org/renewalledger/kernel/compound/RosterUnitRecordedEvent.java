package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A unit was put on the owners' roster; {@code effectOnOpenCounts} says what that does to counts open now. */
@Revision("1")
public record RosterUnitRecordedEvent(CompoundId compoundId, RosterUnit unit, List<OpenCountEffect> effectOnOpenCounts)
        implements CompoundEvent {
}
