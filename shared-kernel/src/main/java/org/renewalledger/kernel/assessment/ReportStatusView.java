package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Which units of a jurisdiction have reported for a month, judged on {@code evaluatedOn}: on time, late,
 * missing (due date past, nothing submitted) or pending (not due yet).
 */
public record ReportStatusView(String jurisdiction, String month, LocalDate dueOn, LocalDate evaluatedOn, List<Line> units) {

    /** One unit's report: its first submission's event and date, when there is one. */
    public record Line(String unitId, ReportTimeliness timeliness, LocalDate submittedOn, String eventId) {
    }
}
