package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Puts the compound's initial scheme on file (初步方案, "one compound, one scheme"): catalogue items with
 * their budgets, the funding plan by source, and the long-term management plan.
 */
public record SubmitSchemeCommand(
        @TargetAggregateIdentifier CompoundId compoundId,
        List<SchemeItem> items,
        List<FundingLine> funding,
        String longTermManagementPlan) {

    public SubmitSchemeCommand {
        Require.present("compoundId", compoundId);
        if (items == null || items.isEmpty()) {
            throw DomainException.invalid("items", "A scheme has at least one catalogue item");
        }
        if (funding == null || funding.isEmpty()) {
            throw DomainException.invalid("funding", "A scheme has a funding plan");
        }
        items = List.copyOf(items);
        funding = List.copyOf(funding);
        longTermManagementPlan = Require.text("longTermManagementPlan", longTermManagementPlan, 2000);
    }
}
