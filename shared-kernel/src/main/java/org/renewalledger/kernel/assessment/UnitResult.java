package org.renewalledger.kernel.assessment;

/**
 * One unit's line in a published monthly assessment. The score is held in hundredths of a point
 * ({@code 9550} = 95.50 of 100) so that deductions of 0.5 and sums are exact. Ranks are 1-based; tied
 * scores share a rank. {@code lagging} marks the units the policy names as lagging (工作落后).
 *
 * <p>{@code shortfall} is how far the unit is behind its own schedule: on the indicator where it is furthest
 * behind, what is due but not reached, as hundredths of a percent of what is due, rounded up (1250 = 12.50%;
 * 0 = on schedule). It is set under policies whose lagging rule is "behind schedule", so that whoever
 * re-checks a ranking can see why a unit lags; it is null under a "bottom N" policy, and in issues
 * published before the rule existed (they read as they were published).
 */
public record UnitResult(ResponsibleUnit unit, int scoreHundredths, Grade grade, int rank, boolean lagging, Integer shortfall) {

    /** A line without a schedule shortfall (a "bottom N" policy). */
    public UnitResult(ResponsibleUnit unit, int scoreHundredths, Grade grade, int rank, boolean lagging) {
        this(unit, scoreHundredths, grade, rank, lagging, null);
    }
}
