package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ReportProgressCommand;

/** {@code POST /api/compounds/{id}/progress}. */
public record ProgressRequest(Integer percentComplete, LocalDate reportedOn, String note) {

    ReportProgressCommand toCommand(CompoundId id) {
        return new ReportProgressCommand(id, Require.present("percentComplete", percentComplete), reportedOn, note);
    }
}
