package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A month's assessment for one assessing jurisdiction: the live computation from today's events
 * ({@code units}, ranked, each with its breakdown), and the issues published so far (empty while the month
 * is open). {@code measuredThrough} is the month's last day; {@code evaluatedOn} the day report
 * timeliness was judged (a report not yet due is PENDING, not MISSING).
 */
public record MonthlyAssessmentView(String jurisdiction, String month, String indicatorPolicy, LocalDate measuredThrough,
                                    LocalDate reportsDueOn, LocalDate evaluatedOn, List<UnitAssessment> units,
                                    List<PublishedIssue> issues) {

    /** The latest published issue, or null while the month is open. */
    public PublishedIssue latestIssue() {
        return issues.isEmpty() ? null : issues.get(issues.size() - 1);
    }
}
