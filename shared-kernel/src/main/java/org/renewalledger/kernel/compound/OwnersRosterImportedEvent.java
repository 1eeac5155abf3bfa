package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A sheet of the housing registry's roster was put on file: every unit in it, in the sheet's order, recorded
 * together. One event per sheet rather than per unit, because a province's rosters are 3.4 million units and one
 * event each doubled its store (docs/PERFORMANCE.md); each unit is still named with its area, basis and owners, so
 * the chain covers every one. {@code effectOnOpenCounts} says what the sheet does to counts open now.
 */
@Revision("1")
public record OwnersRosterImportedEvent(CompoundId compoundId, List<RosterUnit> units, List<OpenCountEffect> effectOnOpenCounts)
        implements CompoundEvent {

    public OwnersRosterImportedEvent {
        units = List.copyOf(units);
        effectOnOpenCounts = List.copyOf(effectOnOpenCounts);
    }
}
