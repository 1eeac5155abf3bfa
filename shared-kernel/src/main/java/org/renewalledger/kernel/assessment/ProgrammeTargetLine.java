package org.renewalledger.kernel.assessment;

/**
 * One target of a programme year (or of the whole programme): what was set, what the start events show, and the
 * share reached in hundredths of a percent (rounded down, at most 10000; null for a target of 0, which asks nothing).
 */
public record ProgrammeTargetLine(IndicatorKind kind, String label, long target, long reached, Integer percentReached) {

    static ProgrammeTargetLine of(IndicatorKind kind, long target, long reached) {
        Integer percent = target <= 0 ? null : (int) (10_000L * Math.min(Math.max(0, reached), target) / target);
        return new ProgrammeTargetLine(kind, kind.label(), target, reached, percent);
    }
}
