package org.renewalledger.query.funding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renewalledger.kernel.funding.SpendingProgressView;

/**
 * Spending progress per implementing unit, folded from a jurisdiction's kept figures (one read): a unit's allocation
 * is the allocations of the projects it received tranches for, its disbursed the tranches paid to it on them, net of
 * reversals. Units come in the order their figures were read (by recipient, in the database's collation), the order
 * the summing read over the ledger gives them.
 */
final class UnitProgress {

    private final Map<String, Long> allocatedByProject = new HashMap<>();
    private final Map<String, Set<String>> projectsByUnit = new LinkedHashMap<>();
    private final Map<List<String>, Long> paid = new HashMap<>();

    /** One kept figure: a project's sum of one entry type and source, and the unit paid for a disbursement. */
    void add(String projectId, String type, String recipient, long fen) {
        if ("ALLOCATION".equals(type)) {
            allocatedByProject.merge(projectId, fen, Long::sum);
        } else if ("DISBURSEMENT".equals(type) && recipient != null) {
            projectsByUnit.computeIfAbsent(recipient, key -> new LinkedHashSet<>()).add(projectId);
            paid.merge(List.of(projectId, recipient), fen, Long::sum);
        }
    }

    List<SpendingProgressView.Line> lines() {
        return projectsByUnit.entrySet().stream().map(unit -> {
            long allocated = 0;
            long disbursed = 0;
            for (String projectId : unit.getValue()) {
                allocated += allocatedByProject.getOrDefault(projectId, 0L);
                disbursed += paid.getOrDefault(List.of(projectId, unit.getKey()), 0L);
            }
            Figures figures = new Figures();
            figures.add("ALLOCATION", allocated);
            figures.add("DISBURSEMENT", disbursed);
            return new SpendingProgressView.Line(unit.getKey(), figures.allocated(), figures.disbursed(), figures.progressPercent());
        }).toList();
    }
}
