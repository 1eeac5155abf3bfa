package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Corrects a fund entry (a commitment or an allocation down) by a new entry that reverses it in full; an
 * allocation down is taken back from the receiving fund or project in the same transaction.
 */
public record ReverseFundEntryCommand(
        @TargetAggregateIdentifier FundId fundId,
        String entryId,
        String reason,
        IdempotencyKey idempotencyKey) implements JurisdictionScoped, CarriesIdempotencyKey {

    public ReverseFundEntryCommand {
        Require.present("fundId", fundId);
        entryId = Require.text("entryId", entryId, 100);
        reason = Require.text("reason", reason, 1000);
        Require.present("idempotencyKey", idempotencyKey);
    }

    @Override
    public JurisdictionCode scope() {
        return fundId.scope();
    }
}
