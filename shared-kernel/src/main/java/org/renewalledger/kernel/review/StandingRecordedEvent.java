package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A unit's place in a published month (issue 1) or in its reissue (issue 2, …), which replaces the earlier issue.
 * {@code grade} was added later as an optional field: a standing stored without it reads as null, which
 * proposes no reward, as such a standing did when it was recorded.
 */
@Revision("1")
public record StandingRecordedEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                    YearMonth month, String assessmentId, int issue, int rank, boolean lagging, Grade grade)
        implements UnitStandingEvent {

    /** Without a grade (a standing recorded before grades were kept). */
    public StandingRecordedEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                 YearMonth month, String assessmentId, int issue, int rank, boolean lagging) {
        this(standingId, unit, assessingJurisdiction, month, assessmentId, issue, rank, lagging, null);
    }
}
