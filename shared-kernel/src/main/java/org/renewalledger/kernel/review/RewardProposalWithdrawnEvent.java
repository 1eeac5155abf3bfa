package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A reissued assessment changed what {@code month}'s reward proposal rested on: the proposal of {@code reward} no longer stands. */
@Revision("1")
public record RewardProposalWithdrawnEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                           YearMonth month, int issue, Reward reward, String reason)
        implements UnitStandingEvent {
}
