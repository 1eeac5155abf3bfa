package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/** The review office granted or declined {@code month}'s proposed reward, with its note. */
@Revision("1")
public record RewardDecidedEvent(StandingId standingId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                 YearMonth month, Reward reward, boolean granted, String note)
        implements UnitStandingEvent {
}
