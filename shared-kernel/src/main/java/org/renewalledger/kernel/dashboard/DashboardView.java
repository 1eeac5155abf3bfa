package org.renewalledger.kernel.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a leader opens every morning: progress against the year's targets per unit and in total, the latest
 * published ranking, the lagging units with their open measures, and each unit's month-on-month trend.
 */
public record DashboardView(String within, int year, Progress total, List<Progress> units, Ranking latestRanking,
                            List<LaggingUnit> lagging, List<Trend> trend) {

    /**
     * One unit's (or the total's) figures. Started / completed count compounds whose construction started or
     * whose completion was accepted in the year; households, buildings and floor area are those of the compounds
     * started. Money in yuan: allocated and disbursed in the year; {@code spendingProgressPercent} =
     * disbursed ÷ allocated (null when nothing was allocated). Targets are null when no annual plan was set.
     */
    public record Progress(String unitId, int compoundsRegistered, int compoundsStarted, int compoundsCompleted,
                           int households, int buildings, BigDecimal floorArea, BigDecimal allocated, BigDecimal disbursed,
                           BigDecimal spendingProgressPercent, Targets targets, BigDecimal startedPercentOfTarget,
                           BigDecimal completedPercentOfTarget, BigDecimal householdsPercentOfTarget,
                           BigDecimal floorAreaPercentOfTarget, BigDecimal fundsPercentOfTarget) {
    }

    public record Targets(int compoundsToStart, int compoundsToComplete, int buildings, int households,
                          BigDecimal floorArea, BigDecimal fundsToSpend) {
    }

    /** The latest published month of the jurisdiction's ranking (its last issue). */
    public record Ranking(String jurisdiction, String month, int issue, List<Line> lines) {
    }

    public record Line(String unitId, String unitKind, BigDecimal score, String grade, int rank, boolean lagging) {
    }

    /** A lagging unit of the latest ranking, its open review cases and the ladder's proposal for it. */
    public record LaggingUnit(String unitId, int rank, BigDecimal score, List<String> openCases, String proposedMeasure) {
    }

    /** A unit's score and rank in the latest month against the month before (null when it was not ranked then). */
    public record Trend(String unitId, String month, BigDecimal score, BigDecimal previousScore, BigDecimal scoreChange,
                        int rank, Integer previousRank) {
    }
}
