package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * Records the next delivery step. {@code reference} points at its document (plan number, contract number,
 * acceptance record, audit report); {@code attachments} are the uploaded files themselves, by hash.
 * {@code reachedOn} is a claimed date: {@code backdatingReason} explains one beyond the policy's grace.
 *
 * @param residentRepresentatives for completion acceptance: how many residents' representatives signed
 */
public record RecordMilestoneCommand(@TargetAggregateIdentifier CompoundId compoundId, Milestone milestone,
                                     LocalDate reachedOn, String reference, int residentRepresentatives,
                                     String backdatingReason, List<EvidenceHash> attachments) {

    public RecordMilestoneCommand {
        Require.present("compoundId", compoundId);
        Require.present("milestone", milestone);
        Require.present("reachedOn", reachedOn);
        reference = Require.text("reference", reference, 200);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public RecordMilestoneCommand(CompoundId compoundId, Milestone milestone, LocalDate reachedOn, String reference,
                                  int residentRepresentatives) {
        this(compoundId, milestone, reachedOn, reference, residentRepresentatives, null, List.of());
    }
}
