package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The unit objected to the conclusion in time; the office must decide by {@code decideBy}. */
@Revision("1")
public record ObjectionLodgedEvent(CaseId caseId, ResponsibleUnit unit, String grounds, LocalDate lodgedOn, LocalDate decideBy) implements ReviewCaseEvent {
}
