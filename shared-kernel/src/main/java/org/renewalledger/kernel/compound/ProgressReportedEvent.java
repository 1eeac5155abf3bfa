package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Works progress was reported. */
@Revision("1")
public record ProgressReportedEvent(CompoundId compoundId, int percentComplete, LocalDate reportedOn, String note)
        implements CompoundEvent {
}
