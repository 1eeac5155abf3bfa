package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The unit submitted evidence of its rectification; {@code late} when after the deadline. */
@Revision("1")
public record EvidenceSubmittedEvent(CaseId caseId, ResponsibleUnit unit, String evidence, LocalDate submittedOn, boolean late) implements ReviewCaseEvent {
}
