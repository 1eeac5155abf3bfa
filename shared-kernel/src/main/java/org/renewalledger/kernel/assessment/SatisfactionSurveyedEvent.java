package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;

/** A compound's residents were surveyed: {@code satisfied} of {@code respondents} are satisfied (revision 1, then re-surveys). */
@Revision("1")
public record SatisfactionSurveyedEvent(String surveyId, CompoundId compoundId, JurisdictionCode streetOffice, LocalDate surveyedOn,
                                        int respondents, int satisfied, int revision) {
}
