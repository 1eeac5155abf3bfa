package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Corrects a ledger entry by a new entry that reverses it in full (红字冲销); nothing is ever edited or deleted.
 * The correct entry, if any, is then recorded afresh.
 */
public record ReverseEntryCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        String entryId,
        String reason,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public ReverseEntryCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        entryId = Require.text("entryId", entryId, 100);
        reason = Require.text("reason", reason, 1000);
        Require.present("idempotencyKey", idempotencyKey);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
