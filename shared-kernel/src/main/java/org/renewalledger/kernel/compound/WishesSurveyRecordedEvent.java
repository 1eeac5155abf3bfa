package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The residents' willingness survey was recorded. */
@Revision("1")
public record WishesSurveyRecordedEvent(CompoundId compoundId, int households, int inFavour, LocalDate surveyedOn)
        implements CompoundEvent {
}
