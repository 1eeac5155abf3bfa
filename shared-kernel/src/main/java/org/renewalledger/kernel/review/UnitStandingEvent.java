package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;

/** The events of one unit's standing on the escalation ladder. */
public sealed interface UnitStandingEvent permits StandingRecordedEvent, MeasureProposedEvent, MeasureProposalWithdrawnEvent,
        RewardProposedEvent, RewardProposalWithdrawnEvent, RewardDecidedEvent {

    StandingId standingId();

    ResponsibleUnit unit();

    JurisdictionCode assessingJurisdiction();

    YearMonth month();
}
