package org.renewalledger.kernel.review;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * The unit submitted evidence of its rectification; {@code late} when after the deadline. Revision 2 adds the
 * uploaded files, by hash, so the audit chain covers what was shown.
 */
@Revision("2")
public record EvidenceSubmittedEvent(CaseId caseId, ResponsibleUnit unit, String evidence, LocalDate submittedOn, boolean late,
                                     List<EvidenceHash> attachments) implements ReviewCaseEvent {

    public EvidenceSubmittedEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public EvidenceSubmittedEvent(CaseId caseId, ResponsibleUnit unit, String evidence, LocalDate submittedOn, boolean late) {
        this(caseId, unit, evidence, submittedOn, late, List.of());
    }
}
