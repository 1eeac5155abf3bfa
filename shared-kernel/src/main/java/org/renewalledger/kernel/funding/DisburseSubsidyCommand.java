package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * Pays a tranche of a project's allocation from one source to the implementing entity (拨付). Allowed only
 * within what that source allocated and what the tranche policy has released at the project's milestones.
 */
public record DisburseSubsidyCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        String recipient,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public DisburseSubsidyCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("source", source);
        Require.present("amount", amount);
        recipient = Require.text("recipient", recipient, 200);
        Require.present("idempotencyKey", idempotencyKey);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "A disbursement must be more than zero; corrections are reversing entries");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
