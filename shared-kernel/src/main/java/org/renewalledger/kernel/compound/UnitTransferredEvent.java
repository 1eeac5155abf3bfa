package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A unit changed hands: from {@code previousOwners} (the developer, when {@code wasDeveloperHeld}) to
 * {@code newOwners}, for {@code reason}, on {@code transferredOn}, with the evidence on file.
 */
@Revision("1")
public record UnitTransferredEvent(CompoundId compoundId, UnitCode unit, List<OwnerReference> previousOwners,
                                   boolean wasDeveloperHeld, List<OwnerReference> newOwners, TransferReason reason,
                                   String evidence, LocalDate transferredOn, List<OpenCountEffect> effectOnOpenCounts)
        implements CompoundEvent {
}
