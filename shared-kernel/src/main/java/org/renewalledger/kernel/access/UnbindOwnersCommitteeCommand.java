package org.renewalledger.kernel.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;

/** The street office records that a committee no longer acts for the compound (its term ended, it was re-elected). */
public record UnbindOwnersCommitteeCommand(
        CompoundId compoundId,
        JurisdictionCode streetOffice,
        String committeeId,
        String reason) implements JurisdictionScoped {

    public UnbindOwnersCommitteeCommand {
        Require.present("compoundId", compoundId);
        Require.present("streetOffice", streetOffice);
        committeeId = BoundUserId.check("committeeId", committeeId);
        reason = Require.text("reason", reason, 1000);
    }

    @TargetAggregateIdentifier
    public String registerId() {
        return CommitteeRegisterId.of(compoundId);
    }

    @Override
    public JurisdictionCode scope() {
        return streetOffice;
    }
}
