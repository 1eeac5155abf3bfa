package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.evidence.EvidenceHash;

/** Works progress was reported. Revision 2 adds the claimed date's standing ({@code dateClaim}) and attachments. */
@Revision("2")
public record ProgressReportedEvent(CompoundId compoundId, int percentComplete, LocalDate reportedOn, String note,
                                    DateClaim dateClaim, List<EvidenceHash> attachments)
        implements CompoundEvent {

    public ProgressReportedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public ProgressReportedEvent(CompoundId compoundId, int percentComplete, LocalDate reportedOn, String note) {
        this(compoundId, percentComplete, reportedOn, note, DateClaim.ON_TIME, List.of());
    }
}
