package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.SelfGovernanceKind;

/** {@code POST /api/compounds/{id}/self-governance}. */
public record SelfGovernanceRequest(SelfGovernanceKind kind, String name, LocalDate formedOn) {

    FormSelfGovernanceCommand toCommand(CompoundId id) {
        return new FormSelfGovernanceCommand(id, kind, name, formedOn);
    }
}
