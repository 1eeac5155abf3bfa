package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The evidence was verified: accepted (rectified) or rejected (the order stands, with its deadline). */
@Revision("1")
public record RectificationVerifiedEvent(CaseId caseId, ResponsibleUnit unit, boolean accepted, String note, LocalDate verifiedOn) implements ReviewCaseEvent {
}
