package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * A delivery step happened; {@code status} is the stage the project stands at from now on. Revision 2 adds how the
 * claimed {@code reachedOn} stood against the day it was recorded ({@code dateClaim}: backdated, in a closed
 * assessment month, and why) and the evidence attached, by hash.
 */
@Revision("2")
public record MilestoneReachedEvent(CompoundId compoundId, Milestone milestone, CompoundStatus status,
                                    LocalDate reachedOn, String reference, int residentRepresentatives,
                                    DateClaim dateClaim, List<EvidenceHash> attachments)
        implements CompoundEvent {

    public MilestoneReachedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MilestoneReachedEvent(CompoundId compoundId, Milestone milestone, CompoundStatus status, LocalDate reachedOn,
                                 String reference, int residentRepresentatives) {
        this(compoundId, milestone, status, reachedOn, reference, residentRepresentatives, DateClaim.ON_TIME, List.of());
    }
}
