package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;

/**
 * The owners applied in writing for their compound's renovation. Revision 2 adds how the claimed {@code appliedOn}
 * stood against the day it was recorded ({@code dateClaim}: backdated, in a closed assessment month, and why).
 */
@Revision("2")
public record ApplicationSubmittedEvent(CompoundId compoundId, String applicant, LocalDate appliedOn, DateClaim dateClaim)
        implements CompoundEvent {

    public ApplicationSubmittedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
    }

    /** An application recorded within the grace. */
    public ApplicationSubmittedEvent(CompoundId compoundId, String applicant, LocalDate appliedOn) {
        this(compoundId, applicant, appliedOn, DateClaim.ON_TIME);
    }
}
