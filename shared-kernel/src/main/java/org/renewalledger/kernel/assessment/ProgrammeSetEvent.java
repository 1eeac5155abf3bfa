package org.renewalledger.kernel.assessment;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A unit's multi-year programme was set, or revised (the latest event of the stream counts; history keeps all).
 * The monthly assessment reads the year of the month from it, and its progress is read year by year and in total.
 */
@Revision("1")
public record ProgrammeSetEvent(String programmeId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction,
                                List<ProgrammeYear> years) {
}
