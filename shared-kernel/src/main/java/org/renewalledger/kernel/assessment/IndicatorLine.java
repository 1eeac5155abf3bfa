package org.renewalledger.kernel.assessment;

import java.util.List;

/**
 * One indicator of a unit's month: the weight, the year's target, the share of it due by the month's end
 * under the schedule, what was reached, the points given (hundredths) and the events that produced the figure.
 */
public record IndicatorLine(IndicatorKind kind, String label, int weight, long target, int duePercent, long due,
                            long actual, int points, List<FactRef> facts) {
}
