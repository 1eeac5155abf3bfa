package org.renewalledger.kernel.review;

import org.renewalledger.kernel.assessment.ResponsibleUnit;

/** The events of one disciplinary review case; the case number sequences them. */
public sealed interface ReviewCaseEvent permits FindingRecordedEvent, ConclusionIssuedEvent, MeasureIssuedEvent,
        RectificationOrderedEvent, EvidenceSubmittedEvent, RectificationVerifiedEvent, ObjectionLodgedEvent,
        ObjectionDecidedEvent, ReferredForAccountabilityEvent, CaseClosedEvent {

    CaseId caseId();

    ResponsibleUnit unit();
}
