package org.renewalledger.command.compound.survey;

import java.util.List;

/**
 * The answer to a roster sheet upload, shaped like the survey import's: every data row with its outcome —
 * REGISTERED (the unit is on the roster now; {@code registered} counts them), REJECTED (with its problems) or VALID (a dry run, or a valid row of a sheet that was refused: a roster
 * sheet is recorded whole or not at all) — and the totals.
 */
public record RosterSheetReport(String fileName, SpreadsheetFormat format, String charset, boolean dryRun,
                                String correlationId, int rows, int registered, int rejected, List<RosterRowResult> results) {

    /** One row: its number in the sheet, the unit it names, what happened, and why. */
    public record RosterRowResult(int row, String unit, RowOutcome outcome, List<RowProblem> problems) {
    }

    static RosterSheetReport of(String fileName, SurveySheet sheet, boolean dryRun, String correlationId,
                                List<RosterRowResult> results) {
        return new RosterSheetReport(fileName, sheet.format(), sheet.charset(), dryRun, correlationId, results.size(),
                (int) results.stream().filter(result -> result.outcome() == RowOutcome.REGISTERED).count(),
                (int) results.stream().filter(result -> result.outcome() == RowOutcome.REJECTED).count(), List.copyOf(results));
    }
}
