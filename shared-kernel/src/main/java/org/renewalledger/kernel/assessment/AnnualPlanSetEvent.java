package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A unit's annual targets were set, or revised (a later event for the same unit and year replaces the
 * earlier targets from then on; history keeps both). The schedule checkpoints run from {@code startsOn}
 * to {@code deadline} under the assessment policy in force.
 */
@Revision("1")
public record AnnualPlanSetEvent(
        String planId,
        ResponsibleUnit unit,
        JurisdictionCode assessingJurisdiction,
        int year,
        PlanTargets targets,
        LocalDate startsOn,
        LocalDate deadline) {
}
