package org.renewalledger.command.compound;

import java.time.LocalDate;
import java.util.List;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * {@code POST /api/compounds/{id}/milestones}: the next delivery step with its document reference, the uploaded
 * files by SHA-256 ({@code attachments}; the signed record for completion acceptance), and a reason when
 * {@code reachedOn} lies beyond the policy's grace.
 */
public record MilestoneRequest(Milestone milestone, LocalDate reachedOn, String reference, Integer residentRepresentatives,
                               String backdatingReason, List<String> attachments) {

    RecordMilestoneCommand toCommand(CompoundId id) {
        return new RecordMilestoneCommand(id, milestone, reachedOn, reference,
                residentRepresentatives == null ? 0 : residentRepresentatives, backdatingReason,
                EvidenceHash.parseAll(attachments));
    }
}
