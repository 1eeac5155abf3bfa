package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A county's weekly dispatch (周调度), for the leaders' meeting: per street office and for the county, the
 * construction starts and completion acceptances dated in the week and in the year up to the week's end, the money
 * disbursed net (fen, by the Beijing date recorded) in the week and in the year, and the review cases open now.
 * Money of a project with no compound counts for the county's total only.
 */
public record WeeklyDispatchView(String county, LocalDate weekStarting, LocalDate weekEnding, List<Line> streetOffices,
                                 Line total) {

    /** One street office's week, or the county's total ({@code unitId} the county code). */
    public record Line(String unitId, int startsInWeek, int completionsInWeek, long fundsFenInWeek, int startsThisYear,
                       int completionsThisYear, long fundsFenThisYear, int openReviewCases) {

        public Line withOpenReviewCases(int open) {
            return new Line(unitId, startsInWeek, completionsInWeek, fundsFenInWeek, startsThisYear, completionsThisYear,
                    fundsFenThisYear, open);
        }
    }
}
