package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;

/** The project's ledger funds this compound's renovation: its lifecycle milestones gate the project's tranches. */
@Revision("1")
public record FundingLinkedToCompoundEvent(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        CompoundId compoundId) implements ProjectFundingEvent {
}
