package org.renewalledger.command.compound;

import java.util.List;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FundingLine;
import org.renewalledger.kernel.compound.RenovationCategory;
import org.renewalledger.kernel.compound.SchemeItem;
import org.renewalledger.kernel.compound.SubmitSchemeCommand;
import org.renewalledger.kernel.funding.FundingSource;

/**
 * {@code POST /api/compounds/{id}/scheme}: amounts are yuan as strings with at most two decimals
 * ({@code "860000.00"}), so no amount passes through a binary fraction.
 */
public record SchemeRequest(List<Item> items, List<Line> funding, String longTermManagementPlan) {

    public record Item(RenovationCategory category, String name, String budget) {
    }

    public record Line(FundingSource source, String amount) {
    }

    SubmitSchemeCommand toCommand(CompoundId id) {
        if (items == null || funding == null) {
            throw DomainException.invalid(items == null ? "items" : "funding", "items and funding are required");
        }
        return new SubmitSchemeCommand(id,
                items.stream().map(i -> new SchemeItem(i.category(), i.name(), Money.ofYuan(i.budget()))).toList(),
                funding.stream().map(l -> new FundingLine(l.source(), Money.ofYuan(l.amount()))).toList(),
                longTermManagementPlan);
    }
}
