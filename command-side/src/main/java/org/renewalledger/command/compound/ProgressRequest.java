package org.renewalledger.command.compound;

import java.time.LocalDate;
import java.util.List;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ReportProgressCommand;
import org.renewalledger.kernel.evidence.EvidenceHash;

/** {@code POST /api/compounds/{id}/progress}, optionally with site photos and a reason for a late date. */
public record ProgressRequest(Integer percentComplete, LocalDate reportedOn, String note, String backdatingReason,
                              List<String> attachments) {

    ReportProgressCommand toCommand(CompoundId id) {
        return new ReportProgressCommand(id, Require.present("percentComplete", percentComplete), reportedOn, note,
                backdatingReason, EvidenceHash.parseAll(attachments));
    }
}
