package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** Records residents' direct contribution (居民出资) collected for the project from a number of households. */
public record RecordResidentContributionCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        Money amount,
        int households,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public RecordResidentContributionCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("amount", amount);
        Require.present("idempotencyKey", idempotencyKey);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "A contribution must be more than zero; corrections are reversing entries");
        }
        if (households < 1) {
            throw DomainException.invalid("households", "At least one household contributes");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
