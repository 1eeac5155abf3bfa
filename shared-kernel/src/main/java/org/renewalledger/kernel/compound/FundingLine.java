package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.funding.FundingSource;

/** One source in a scheme's funding plan and the amount it is to provide; sources are the ledger's, so plan and ledger reconcile. */
public record FundingLine(FundingSource source, Money amount) {

    public FundingLine {
        Require.present("source", source);
        Require.present("amount", amount);
        if (amount.fen() <= 0) {
            throw DomainException.invalid("amount", "A funding line's amount must be positive");
        }
    }
}
