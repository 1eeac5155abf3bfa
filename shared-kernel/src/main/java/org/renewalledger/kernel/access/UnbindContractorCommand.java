package org.renewalledger.kernel.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.funding.ProjectId;

/** The housing bureau records that a unit's contract on a project ended (terminated, replaced): it acts there no more. */
public record UnbindContractorCommand(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        String contractorId,
        String reason) implements JurisdictionScoped {

    public UnbindContractorCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        contractorId = BoundUserId.check("contractorId", contractorId);
        reason = Require.text("reason", reason, 1000);
    }

    @TargetAggregateIdentifier
    public String registerId() {
        return ContractRegisterId.of(projectId);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
