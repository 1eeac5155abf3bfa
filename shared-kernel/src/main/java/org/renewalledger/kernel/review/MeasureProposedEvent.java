package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * The escalation ladder proposes a measure for a unit that lagged in {@code month}: counted
 * {@code lagRunning} months running and {@code lagInYear} times in the calendar year (both including
 * {@code month}), under {@code rule} (the ladder policy's version and the threshold that fired). The
 * discipline office decides and issues measures in a review case; a proposal alone changes nothing else.
 */
@Revision("1")
public record MeasureProposedEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                   YearMonth month, int issue, Measure measure, int lagRunning, int lagInYear, String rule)
        implements UnitStandingEvent {
}
