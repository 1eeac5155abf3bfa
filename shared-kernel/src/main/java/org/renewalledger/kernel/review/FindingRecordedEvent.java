package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** A finding on a unit's work was recorded (by the discipline office, an auditor or the housing bureau), opening the case; {@code month} is the assessed month it concerns, if any. */
@Revision("1")
public record FindingRecordedEvent(CaseId caseId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, String finding, YearMonth month) implements ReviewCaseEvent {
}
