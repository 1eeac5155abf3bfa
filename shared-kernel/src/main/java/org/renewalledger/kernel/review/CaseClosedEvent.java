package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The case was closed. */
@Revision("1")
public record CaseClosedEvent(CaseId caseId, ResponsibleUnit unit, CaseOutcome outcome, String note, LocalDate closedOn) implements ReviewCaseEvent {
}
