package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A unit's place in a published month (issue 1) or in its reissue (issue 2, …), which replaces the earlier issue. */
@Revision("1")
public record StandingRecordedEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                    YearMonth month, String assessmentId, int issue, int rank, boolean lagging)
        implements UnitStandingEvent {
}
