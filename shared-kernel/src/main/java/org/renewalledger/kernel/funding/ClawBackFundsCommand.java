package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** Recovers money named by an audit finding from the implementing entity back to its source (追回). */
public record ClawBackFundsCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        String findingEntryId,
        Money amount,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public ClawBackFundsCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        findingEntryId = Require.text("findingEntryId", findingEntryId, 100);
        Require.present("amount", amount);
        Require.present("idempotencyKey", idempotencyKey);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "A clawback must be more than zero");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
