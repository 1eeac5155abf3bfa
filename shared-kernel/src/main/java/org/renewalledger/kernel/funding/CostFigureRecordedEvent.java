package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** One stage's cost figure, with the SHA-256 of its document and the document's own number. */
@Revision("1")
public record CostFigureRecordedEvent(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        CostStage stage,
        Money amount,
        String document,
        String reference) implements ProjectFundingEvent {
}
