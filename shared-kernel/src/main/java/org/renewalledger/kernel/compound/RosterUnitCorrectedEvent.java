package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A unit's roster entry was corrected from {@code before} to {@code corrected}, for {@code reason}. */
@Revision("1")
public record RosterUnitCorrectedEvent(CompoundId compoundId, RosterUnit before, RosterUnit corrected, String reason,
                                       List<OpenCountEffect> effectOnOpenCounts) implements CompoundEvent {
}
