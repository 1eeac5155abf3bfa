package org.renewalledger.kernel.assessment;

/**
 * One figure of a unit's monthly report set against what the events record for the same unit and month
 * (cumulative for the year to the month's end): {@code overReported} when the report claims more than the
 * record by more than the policy's tolerance — possible false reporting (虚报), for the review office to look
 * into (a review case cites the report's event). Reporting less than the record is not flagged here.
 */
public record ReportCheckLine(IndicatorKind kind, String label, long reported, long recorded, boolean overReported) {
}
