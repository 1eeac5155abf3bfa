package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;

/**
 * A unit changed hands: from {@code previousOwners} (the developer, when {@code wasDeveloperHeld}) to
 * {@code newOwners}, for {@code reason}, on {@code transferredOn}, with the evidence on file. Revision 2 adds how the
 * claimed {@code transferredOn} stood against the day it was recorded ({@code dateClaim}: backdated, in a closed
 * assessment month, and why).
 */
@Revision("2")
public record UnitTransferredEvent(CompoundId compoundId, UnitCode unit, List<OwnerReference> previousOwners,
                                   boolean wasDeveloperHeld, List<OwnerReference> newOwners, TransferReason reason,
                                   String evidence, LocalDate transferredOn, List<OpenCountEffect> effectOnOpenCounts,
                                   DateClaim dateClaim)
        implements CompoundEvent {

    public UnitTransferredEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
    }

    /** A transfer recorded within the grace. */
    public UnitTransferredEvent(CompoundId compoundId, UnitCode unit, List<OwnerReference> previousOwners,
                                boolean wasDeveloperHeld, List<OwnerReference> newOwners, TransferReason reason,
                                String evidence, LocalDate transferredOn, List<OpenCountEffect> effectOnOpenCounts) {
        this(compoundId, unit, previousOwners, wasDeveloperHeld, newOwners, reason, evidence, transferredOn,
                effectOnOpenCounts, DateClaim.ON_TIME);
    }
}
