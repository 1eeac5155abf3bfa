package org.renewalledger.query.compound;

import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.compound.ApplicationSubmittedEvent;
import org.renewalledger.kernel.compound.ComplaintRecordedEvent;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.NoticePublishedEvent;
import org.renewalledger.kernel.compound.ProgressReportedEvent;
import org.renewalledger.kernel.compound.SelfGovernanceFormedEvent;
import org.renewalledger.kernel.compound.UnitTransferredEvent;
import org.renewalledger.kernel.compound.WishesSurveyRecordedEvent;

/** How a step's claimed date stood when it was recorded (docs/LIFECYCLE.md, "Claimed dates"), for the timeline. */
final class ClaimedDates {

    private ClaimedDates() {
    }

    /** The event's judged claim; steps without a claimed date are on time. */
    static DateClaim of(CompoundEvent event) {
        DateClaim claim = event instanceof NoticePublishedEvent e ? e.dateClaim()
                : event instanceof MilestoneReachedEvent e ? e.dateClaim()
                : event instanceof ProgressReportedEvent e ? e.dateClaim()
                : event instanceof ComplaintRecordedEvent e ? e.dateClaim()
                : event instanceof WishesSurveyRecordedEvent e ? e.dateClaim()
                : event instanceof SelfGovernanceFormedEvent e ? e.dateClaim()
                : event instanceof ApplicationSubmittedEvent e ? e.dateClaim()
                : event instanceof UnitTransferredEvent e ? e.dateClaim() : null;
        return claim == null ? DateClaim.ON_TIME : claim;
    }
}
