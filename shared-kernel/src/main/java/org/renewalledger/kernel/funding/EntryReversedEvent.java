package org.renewalledger.kernel.funding;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A ledger entry was reversed in full by this new entry (红字冲销); {@code lines} are the amounts taken back per source. */
@Revision("1")
public record EntryReversedEvent(
        ProjectId projectId,
        String entryId,
        JurisdictionCode jurisdiction,
        String reversedEntryId,
        EntryKind reversedKind,
        List<SourceAmount> lines,
        String reason,
        IdempotencyKey idempotencyKey) implements ProjectFundingEvent, MoneyEntryEvent {
}
