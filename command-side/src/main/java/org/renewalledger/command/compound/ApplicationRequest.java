package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;

/** {@code POST /api/compounds/{id}/application}; an {@code appliedOn} beyond the grace needs {@code backdatingReason}. */
public record ApplicationRequest(String applicant, LocalDate appliedOn, String backdatingReason) {

    SubmitApplicationCommand toCommand(CompoundId id) {
        return new SubmitApplicationCommand(id, applicant, appliedOn, backdatingReason);
    }
}
