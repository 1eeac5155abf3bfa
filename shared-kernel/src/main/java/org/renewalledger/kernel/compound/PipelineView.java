package org.renewalledger.kernel.compound;

import java.util.Map;

/** Project counts per stage, every stage present (zero included), in pipeline order. */
public record PipelineView(String within, Map<CompoundStatus, Long> projectsByStatus, long total) {
}
