package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** A measure was taken against the unit: self-criticism, admonishment talk, circular of criticism or a deduction of {@code pointsHundredths} performance points (0 for the others). */
@Revision("1")
public record MeasureIssuedEvent(CaseId caseId, ResponsibleUnit unit, Measure measure, String note, int pointsHundredths, LocalDate issuedOn) implements ReviewCaseEvent {
}
