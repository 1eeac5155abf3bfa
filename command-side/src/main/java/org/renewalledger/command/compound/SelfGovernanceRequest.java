package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.SelfGovernanceKind;

/** {@code POST /api/compounds/{id}/self-governance}; a {@code formedOn} beyond the grace needs {@code backdatingReason}. */
public record SelfGovernanceRequest(SelfGovernanceKind kind, String name, LocalDate formedOn, String backdatingReason) {

    FormSelfGovernanceCommand toCommand(CompoundId id) {
        return new FormSelfGovernanceCommand(id, kind, name, formedOn, backdatingReason);
    }
}
