package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.SubmitApplicationCommand;

/** {@code POST /api/compounds/{id}/application}. */
public record ApplicationRequest(String applicant, LocalDate appliedOn) {

    SubmitApplicationCommand toCommand(CompoundId id) {
        return new SubmitApplicationCommand(id, applicant, appliedOn);
    }
}
