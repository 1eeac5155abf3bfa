package org.renewalledger.kernel.funding;

import org.renewalledger.kernel.common.Money;

/** An amount from one funding source: a party's part of a shared cost, or one line of a reversed entry. */
public record SourceAmount(FundingSource source, Money amount) {
}
