package org.renewalledger.kernel.assessment;

/**
 * Points added (加分) to a unit's month: an indicator whose whole year's target was reached before the plan's
 * deadline ({@code item} 提前完成全年目标). The facts behind it are the indicator's own.
 */
public record BonusLine(IndicatorKind kind, String item, int points) {
}
