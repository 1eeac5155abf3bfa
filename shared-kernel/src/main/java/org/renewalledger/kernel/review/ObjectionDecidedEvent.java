package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The objection was decided: upheld (the conclusion is withdrawn and the case closes) or dismissed; {@code inTime} says whether the decision met its deadline. */
@Revision("1")
public record ObjectionDecidedEvent(CaseId caseId, ResponsibleUnit unit, boolean upheld, String reasoning, LocalDate decidedOn, boolean inTime) implements ReviewCaseEvent {
}
