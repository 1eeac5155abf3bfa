package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A reissued assessment changed the counts behind an earlier proposal for {@code month}: the proposal of
 * {@code measure} no longer stands (a different one may be proposed in the same unit of work).
 */
@Revision("1")
public record MeasureProposalWithdrawnEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                            YearMonth month, int issue, Measure measure, String reason)
        implements UnitStandingEvent {
}
