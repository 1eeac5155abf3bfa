package org.renewalledger.kernel.funding;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * Tells a project's ledger the budget and funding plan its compound's scheme was approved with (方案审定), so that
 * allocations are capped by it and the plan reconciles with the ledger by source. Sent by the funding context's
 * relay when the scheme is approved or the ledger is linked, never by a person: the approval itself is the
 * housing bureau's act on the compound.
 */
public record RecordApprovedBudgetCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        CompoundId compoundId,
        Money budget,
        List<SourceAmount> plan) implements JurisdictionScoped {

    public RecordApprovedBudgetCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("compoundId", compoundId);
        Require.present("budget", budget);
        if (!budget.isPositive()) {
            throw DomainException.invalid("budget", "An approved budget is more than zero");
        }
        plan = plan == null ? List.of() : List.copyOf(plan);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
