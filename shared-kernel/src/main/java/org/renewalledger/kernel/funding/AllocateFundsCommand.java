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
 * {@code overrideDecisionId} names a recorded override decision when the allocation goes past the approved budget.
 */
public record AllocateFundsCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        IdempotencyKey idempotencyKey,
        String overrideDecisionId) implements JurisdictionScoped, CarriesIdempotencyKey {

    /** An allocation within the approved budget, which needs no override decision. */
    public AllocateFundsCommand(ProjectId projectId, JurisdictionCode jurisdiction, FundingSource source, Money amount,
                                IdempotencyKey idempotencyKey) {
        this(projectId, jurisdiction, source, amount, idempotencyKey, null);
    }

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
        overrideDecisionId = overrideDecisionId == null || overrideDecisionId.isBlank() ? null
                : DecisionIds.require("overrideDecisionId", overrideDecisionId);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
