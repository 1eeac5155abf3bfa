package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Tells the funding ledger that a project reached a milestone that gates subsidy tranches. Recording a
 * milestone already known changes nothing.
 */
public record RecordFundingMilestoneCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingMilestone milestone) implements JurisdictionScoped {

    public RecordFundingMilestoneCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("milestone", milestone);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
