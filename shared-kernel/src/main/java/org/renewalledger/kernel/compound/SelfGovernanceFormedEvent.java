package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;

/**
 * The residents' self-governance organisation exists. Revision 2 adds how the claimed {@code formedOn} stood against
 * the day it was recorded ({@code dateClaim}: backdated, in a closed assessment month, and why).
 */
@Revision("2")
public record SelfGovernanceFormedEvent(CompoundId compoundId, SelfGovernanceKind kind, String name, LocalDate formedOn,
                                        DateClaim dateClaim)
        implements CompoundEvent {

    public SelfGovernanceFormedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
    }

    /** An organisation recorded within the grace. */
    public SelfGovernanceFormedEvent(CompoundId compoundId, SelfGovernanceKind kind, String name, LocalDate formedOn) {
        this(compoundId, kind, name, formedOn, DateClaim.ON_TIME);
    }
}
