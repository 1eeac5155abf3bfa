package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * The implementing entity reports works progress, as a whole percentage of the scheme, as of {@code reportedOn} (a
 * claimed date: {@code backdatingReason} explains one beyond the policy's grace), optionally with site photos.
 */
public record ReportProgressCommand(@TargetAggregateIdentifier CompoundId compoundId, int percentComplete,
                                    LocalDate reportedOn, String note, String backdatingReason,
                                    List<EvidenceHash> attachments) {

    public ReportProgressCommand {
        Require.present("compoundId", compoundId);
        Require.present("reportedOn", reportedOn);
        if (percentComplete < 0 || percentComplete > 100) {
            throw DomainException.invalid("percentComplete", "percentComplete is between 0 and 100");
        }
        // The note is optional, but when given it is prose like any other (Require.text's rules).
        note = note == null || note.isBlank() ? "" : Require.text("note", note, 500);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public ReportProgressCommand(CompoundId compoundId, int percentComplete, LocalDate reportedOn, String note) {
        this(compoundId, percentComplete, reportedOn, note, null, List.of());
    }
}
