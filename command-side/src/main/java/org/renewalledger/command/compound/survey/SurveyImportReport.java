package org.renewalledger.command.compound.survey;

import java.util.List;

/**
 * The answer to an upload: every data row with its outcome, and the totals. A file that cannot be read as a
 * whole gets a problem instead (400), never a half report.
 *
 * @param charset       the charset a CSV file was read with (null for XLSX)
 * @param correlationId carried by every event the import wrote, to find them later
 */
public record SurveyImportReport(
        String fileName,
        SpreadsheetFormat format,
        String charset,
        boolean dryRun,
        String correlationId,
        int rows,
        int registered,
        int unchanged,
        int changed,
        int rejected,
        List<RowResult> results) {

    static SurveyImportReport of(String fileName, SurveySheet sheet, boolean dryRun, String correlationId,
                                 List<RowResult> results) {
        return new SurveyImportReport(fileName, sheet.format(), sheet.charset(), dryRun, correlationId, results.size(),
                count(results, RowOutcome.REGISTERED), count(results, RowOutcome.UNCHANGED),
                count(results, RowOutcome.CHANGED), count(results, RowOutcome.REJECTED), List.copyOf(results));
    }

    private static int count(List<RowResult> results, RowOutcome outcome) {
        return (int) results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
