package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * Allocates money from one source to a project (资金下达). The first allocation opens the project's
 * funding ledger under the county that funds it; allocations are what disbursements may never exceed.
 */
public record AllocateFundsCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public AllocateFundsCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("source", source);
        Require.present("amount", amount);
        Require.present("idempotencyKey", idempotencyKey);
        if (!jurisdiction.denotesCounty()) {
            throw DomainException.invalid("jurisdictionCode", "Projects are funded under a county-level code");
        }
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "An allocation must be more than zero; corrections are reversing entries");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
