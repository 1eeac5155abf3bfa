package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A delivery step happened; {@code status} is the stage the project stands at from now on. */
@Revision("1")
public record MilestoneReachedEvent(CompoundId compoundId, Milestone milestone, CompoundStatus status,
                                    LocalDate reachedOn, String reference, int residentRepresentatives)
        implements CompoundEvent {
}
