package org.renewalledger.command.compound;

import java.util.List;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ImportOwnersRosterCommand;

/** {@code POST /api/compounds/{id}/roster}: the housing registry's units, all recorded or none. */
public record RosterImportRequest(List<RosterUnitRequest> units) {

    ImportOwnersRosterCommand toCommand(CompoundId id) {
        List<RosterUnitRequest> sheet = Require.present("units", units);
        if (sheet.isEmpty() || sheet.size() > ImportOwnersRosterCommand.MAXIMUM_UNITS) {
            throw DomainException.invalid("units", "A roster import holds 1 to " + ImportOwnersRosterCommand.MAXIMUM_UNITS
                    + " units, not " + sheet.size());
        }
        return new ImportOwnersRosterCommand(id, sheet.stream()
                .map(unit -> Require.present("units", unit).toRosterUnit()).toList());
    }
}
