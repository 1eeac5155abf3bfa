package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A unit's annual plan named its compounds in batches, on {@code listedOn}; the list was due on {@code dueOn}
 * (31 December of the year before the plan year) and {@code late} says whether it came after.
 */
@Revision("1")
public record PlanCompoundsListedEvent(String planId, ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, int year,
                                       List<PlannedCompound> compounds, LocalDate listedOn, LocalDate dueOn, boolean late) {
}
