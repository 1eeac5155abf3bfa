package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A reward is proposed for a unit graded excellent (and not lagging) in {@code month}: {@code excellentRunning}
 * such months in a row, including this one, under {@code rule} (the reward policy's version and the threshold
 * reached). The review office decides it; a proposal alone grants nothing.
 */
@Revision("1")
public record RewardProposedEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                  YearMonth month, int issue, Reward reward, int excellentRunning, String rule)
        implements UnitStandingEvent {
}
