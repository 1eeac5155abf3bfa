package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The residents' self-governance organisation exists. */
@Revision("1")
public record SelfGovernanceFormedEvent(CompoundId compoundId, SelfGovernanceKind kind, String name, LocalDate formedOn)
        implements CompoundEvent {
}
