package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/**
 * A tranche from one source was paid to the implementing entity (拨付). {@code tranche} counts this source's
 * disbursements on the project; {@code trancheRule} quotes the gate of the tranche policy that released it,
 * with the policy's version, so an auditor sees why it was allowed.
 */
@Revision("1")
public record SubsidyDisbursedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        FundingSource source,
        Money amount,
        String recipient,
        int tranche,
        String trancheRule,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
