package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** Records money the implementing entity spent from what one source disbursed (e.g. paying a contractor). */
public record RecordExpenditureCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        String payee,
        String purpose,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public RecordExpenditureCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("source", source);
        Require.present("amount", amount);
        payee = Require.text("payee", payee, 200);
        purpose = Require.text("purpose", purpose, 400);
        Require.present("idempotencyKey", idempotencyKey);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "An expenditure must be more than zero; corrections are reversing entries");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
