package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/** The project reached a milestone that may release further subsidy tranches. */
@Revision("1")
public record FundingMilestoneRecordedEvent(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingMilestone milestone) implements ProjectFundingEvent {
}
