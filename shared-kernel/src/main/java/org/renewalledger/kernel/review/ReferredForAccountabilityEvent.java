package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The case was referred for accountability (问责), which ends the review's own part. */
@Revision("1")
public record ReferredForAccountabilityEvent(CaseId caseId, ResponsibleUnit unit, String reason, LocalDate referredOn) implements ReviewCaseEvent {
}
