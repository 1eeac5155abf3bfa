package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** Rectification was ordered with a deadline (限期整改). */
@Revision("1")
public record RectificationOrderedEvent(CaseId caseId, ResponsibleUnit unit, String requirement, LocalDate orderedOn, LocalDate deadline) implements ReviewCaseEvent {
}
