package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;

/** {@code POST /api/compounds/{id}/milestones}: the next delivery step with its document reference. */
public record MilestoneRequest(Milestone milestone, LocalDate reachedOn, String reference, Integer residentRepresentatives) {

    RecordMilestoneCommand toCommand(CompoundId id) {
        return new RecordMilestoneCommand(id, milestone, reachedOn, reference,
                residentRepresentatives == null ? 0 : residentRepresentatives);
    }
}
