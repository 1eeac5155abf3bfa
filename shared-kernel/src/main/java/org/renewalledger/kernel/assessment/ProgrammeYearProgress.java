package org.renewalledger.kernel.assessment;

import java.util.List;

/**
 * A programme year's progress (or the whole programme's, {@code year} null): compounds started (开工小区), their
 * buildings (改造楼栋), households (惠及户数) and floor area in whole m² (改造面积), each against its target, and the
 * start events behind the figures (valued at their compound's households).
 */
public record ProgrammeYearProgress(Integer year, List<ProgrammeTargetLine> targets, List<FactRef> starts) {

    public ProgrammeYearProgress {
        targets = List.copyOf(targets);
        starts = List.copyOf(starts);
    }
}
