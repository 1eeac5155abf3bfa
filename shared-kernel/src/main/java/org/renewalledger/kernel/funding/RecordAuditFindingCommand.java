package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * An auditor's finding that an amount from one source was used against the rules (审计发现). It moves no
 * money; the finance bureau recovers it with {@link ClawBackFundsCommand}. The key is the audit report's number.
 */
public record RecordAuditFindingCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        String finding,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public RecordAuditFindingCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("source", source);
        Require.present("amount", amount);
        finding = Require.text("finding", finding, 1000);
        Require.present("idempotencyKey", idempotencyKey);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "A finding concerns an amount of more than zero");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
