package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * Names the compound whose renovation the project's ledger funds, so that the compound's lifecycle milestones
 * (construction start, completion acceptance, final accounts) release the project's tranches. A project is
 * linked to one compound, once; linking it again to the same compound changes nothing.
 */
public record LinkFundingToCompoundCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        CompoundId compoundId) implements JurisdictionScoped {

    public LinkFundingToCompoundCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("compoundId", compoundId);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
