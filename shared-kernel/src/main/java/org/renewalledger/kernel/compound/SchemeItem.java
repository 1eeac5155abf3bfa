package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/** One catalogue item of a scheme with its budgeted cost, e.g. BASIC / 雨污分流改造 / ¥860,000.00. */
public record SchemeItem(RenovationCategory category, String name, Money budget) {

    public SchemeItem {
        Require.present("category", category);
        name = Require.text("name", name, 100);
        Require.present("budget", budget);
        if (budget.fen() <= 0) {
            throw DomainException.invalid("budget", "An item's budget must be positive");
        }
    }
}
