package org.renewalledger.kernel.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * The street office records which owners' committee (by the user id it signs in with) is its compound's (业委会备案):
 * the committee acts on that compound only. The street office names itself, so that authorisation checks it is
 * the actor's own.
 */
public record BindOwnersCommitteeCommand(
        CompoundId compoundId,
        JurisdictionCode streetOffice,
        String committeeId) implements JurisdictionScoped {

    public BindOwnersCommitteeCommand {
        Require.present("compoundId", compoundId);
        Require.present("streetOffice", streetOffice);
        if (!streetOffice.denotesStreetOffice()) {
            throw DomainException.invalid("streetOffice", "A committee is bound by its street office (a nine-digit code)");
        }
        committeeId = BoundUserId.check("committeeId", committeeId);
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
