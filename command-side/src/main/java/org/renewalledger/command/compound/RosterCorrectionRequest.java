package org.renewalledger.command.compound;

import java.math.BigDecimal;
import java.util.List;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CorrectRosterUnitCommand;

/** {@code POST /api/compounds/{id}/roster/units/{unit}/correction}: the unit's entry as it should read, and why. */
public record RosterCorrectionRequest(BigDecimal exclusiveArea, AreaBasis areaBasis, List<String> owners,
                                      Boolean developerHeld, String reason) {

    CorrectRosterUnitCommand toCommand(CompoundId id, String unit) {
        return new CorrectRosterUnitCommand(id,
                new RosterUnitRequest(unit, exclusiveArea, areaBasis, owners, developerHeld).toRosterUnit(), reason);
    }
}
