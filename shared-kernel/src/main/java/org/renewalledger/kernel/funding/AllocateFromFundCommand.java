package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * Allocates money from a fund one level down (资金下达): to the same source's and year's fund of
 * {@code toJurisdiction} (central → province, province → county), or from a county fund to
 * {@code toProject}, where it becomes an allocation the project may disburse. Exactly one target is given.
 */
public record AllocateFromFundCommand(
        @TargetAggregateIdentifier FundId fundId,
        JurisdictionCode toJurisdiction,
        ProjectId toProject,
        Money amount,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public AllocateFromFundCommand {
        Require.present("fundId", fundId);
        Require.present("amount", amount);
        Require.present("idempotencyKey", idempotencyKey);
        if ((toJurisdiction == null) == (toProject == null)) {
            throw DomainException.invalid(toJurisdiction == null ? "toJurisdiction" : "toProject",
                    "Name exactly one of toJurisdiction (a lower fund) or toProject (from a county fund)");
        }
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "An allocation must be more than zero; corrections are reversing entries");
        }
    }

    /** The holder of the fund allocates: the level below does not take money by itself. */
    @Override
    public JurisdictionCode scope() {
        return fundId.scope();
    }
}
