package org.renewalledger.kernel.assessment;

/**
 * One unit's line in a published monthly assessment. The score is held in hundredths of a point
 * ({@code 9550} = 95.50 of 100) so that deductions of 0.5 and sums are exact. Ranks are 1-based; tied
 * scores share a rank. {@code lagging} marks the units the policy names as lagging (e.g. the bottom three).
 */
public record UnitResult(ResponsibleUnit unit, int scoreHundredths, Grade grade, int rank, boolean lagging) {
}
