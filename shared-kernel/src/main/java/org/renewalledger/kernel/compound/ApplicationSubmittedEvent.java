package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The owners applied in writing for their compound's renovation. */
@Revision("1")
public record ApplicationSubmittedEvent(CompoundId compoundId, String applicant, LocalDate appliedOn)
        implements CompoundEvent {
}
