package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** Commits money of the fund's source and year to the fund (预算安排); the first commitment opens the fund. */
public record CommitFundsCommand(
        @TargetAggregateIdentifier FundId fundId,
        Money amount,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public CommitFundsCommand {
        Require.present("fundId", fundId);
        Require.present("amount", amount);
        Require.present("idempotencyKey", idempotencyKey);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "A commitment must be more than zero; corrections are reversing entries");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return fundId.scope();
    }
}
