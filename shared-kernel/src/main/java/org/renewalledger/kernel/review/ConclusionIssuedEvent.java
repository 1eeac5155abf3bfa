package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The written conclusion went to the unit (督查结论); the unit may object until {@code objectionDeadline} (calendar days, policy). */
@Revision("1")
public record ConclusionIssuedEvent(CaseId caseId, ResponsibleUnit unit, String conclusion, LocalDate issuedOn, LocalDate objectionDeadline) implements ReviewCaseEvent {
}
