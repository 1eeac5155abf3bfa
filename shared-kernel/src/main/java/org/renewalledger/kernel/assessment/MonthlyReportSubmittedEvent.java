package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A unit's monthly report was submitted ({@code revision} 1) or corrected (2, 3, …). {@code dueOn} is the due
 * date under the assessment policy in force; {@code late} says whether this submission came after it. The
 * assessment counts the first submission's timeliness: a correction does not make a late report on time.
 */
@Revision("1")
public record MonthlyReportSubmittedEvent(
        String reportId,
        ResponsibleUnit unit,
        JurisdictionCode assessingJurisdiction,
        YearMonth month,
        MonthlyFigures figures,
        LocalDate submittedOn,
        LocalDate dueOn,
        boolean late,
        int revision) {
}
