package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/**
 * The fund allocated money to the level below: to {@code toFund} (a province or county fund) or, from a county
 * fund, to {@code toProject}; exactly one of the two is set. {@code toEntryId} is the matching entry on the
 * receiving side, written in the same transaction.
 */
@Revision("1")
public record FundsAllocatedDownEvent(
        FundId fundId,
        String entryId,
        FundId toFund,
        ProjectId toProject,
        String toEntryId,
        Money amount,
        IdempotencyKey idempotencyKey) implements FundEvent {

    /** The receiving fund's or project's id. */
    public String recipient() {
        return toFund != null ? toFund.value() : toProject.value();
    }
}
