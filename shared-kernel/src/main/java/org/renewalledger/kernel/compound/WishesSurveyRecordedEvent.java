package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;

/**
 * The residents' willingness survey was recorded. Revision 2 adds how the claimed {@code surveyedOn} stood against the
 * day it was recorded ({@code dateClaim}: backdated, in a closed assessment month, and why).
 */
@Revision("2")
public record WishesSurveyRecordedEvent(CompoundId compoundId, int households, int inFavour, LocalDate surveyedOn,
                                        DateClaim dateClaim)
        implements CompoundEvent {

    public WishesSurveyRecordedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
    }

    /** A survey recorded within the grace. */
    public WishesSurveyRecordedEvent(CompoundId compoundId, int households, int inFavour, LocalDate surveyedOn) {
        this(compoundId, households, inFavour, surveyedOn, DateClaim.ON_TIME);
    }
}
