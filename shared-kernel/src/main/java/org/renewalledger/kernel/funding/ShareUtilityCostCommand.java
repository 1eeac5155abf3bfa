package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** Splits the cost of a pipeline work between the utility company and the public purse, by the cost-share policy. */
public record ShareUtilityCostCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        UtilityWork work,
        Money totalCost,
        String utilityCompany,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public ShareUtilityCostCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("work", work);
        Require.present("totalCost", totalCost);
        utilityCompany = Require.text("utilityCompany", utilityCompany, 200);
        Require.present("idempotencyKey", idempotencyKey);
        if (!totalCost.isPositive()) {
            throw DomainException.invalid("totalCost", "A shared cost must be more than zero");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
