package org.renewalledger.query.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.CostStage;

/**
 * Compares a project's ledger with its approval, independently of the aggregate that enforced the cap: the plan
 * by source against allocations and payments, the cap against allocations, and each figure of the cost chain
 * against the one before it (a later figure above an earlier one is flagged: settlements rarely exceed contracts).
 */
final class ApprovalChecks {

    /** What the read model holds for one project. */
    record Inputs(String projectId, String compoundId, Long budgetFen, List<ApprovalReport.Override> overrides,
                  Map<String, Long> plannedFen, Map<String, Long> allocatedFen, Map<String, Long> paidFen,
                  Map<CostStage, ApprovalReport.ChainStep> latestFigures) {
    }

    private ApprovalChecks() {
    }

    static ApprovalReport report(Inputs in) {
        List<ApprovalReport.Flag> flags = new ArrayList<>();
        long allocated = in.allocatedFen().values().stream().mapToLong(Long::longValue).sum();
        long paid = in.paidFen().values().stream().mapToLong(Long::longValue).sum();
        BigDecimal cap = null;
        if (in.budgetFen() == null) {
            flags.add(new ApprovalReport.Flag("approved budget known", in.projectId(),
                    "the ledger knows no approved scheme: allocations are not capped"));
        } else {
            long capFen = in.budgetFen() + in.overrides().stream().mapToLong(o -> Money.ofYuan(o.amount()).fen()).sum();
            cap = yuan(capFen);
            if (allocated > capFen) {
                flags.add(new ApprovalReport.Flag("allocated ≤ approved budget + overrides", in.projectId(),
                        "allocated " + yuan(allocated) + " of " + cap));
            }
        }
        TreeSet<String> sources = new TreeSet<>(in.plannedFen().keySet());
        sources.addAll(in.allocatedFen().keySet());
        sources.addAll(in.paidFen().keySet());
        List<ApprovalReport.SourceLine> lines = new ArrayList<>();
        for (String source : sources) {
            long planned = in.plannedFen().getOrDefault(source, 0L);
            long allocatedHere = in.allocatedFen().getOrDefault(source, 0L);
            long paidHere = in.paidFen().getOrDefault(source, 0L);
            lines.add(new ApprovalReport.SourceLine(source, yuan(planned), yuan(allocatedHere), yuan(paidHere)));
            if (in.budgetFen() != null && planned != allocatedHere) {
                flags.add(new ApprovalReport.Flag("allocated = planned, per source", source,
                        "planned " + yuan(planned) + ", allocated " + yuan(allocatedHere)));
            }
            if (in.budgetFen() != null && paidHere > planned) {
                flags.add(new ApprovalReport.Flag("paid ≤ planned, per source", source,
                        "planned " + yuan(planned) + ", paid " + yuan(paidHere)));
            }
        }
        List<ApprovalReport.ChainStep> chain = new ArrayList<>();
        chain.add(new ApprovalReport.ChainStep("APPROVED_BUDGET", in.budgetFen() == null ? null : yuan(in.budgetFen()), null, null));
        Map<CostStage, ApprovalReport.ChainStep> figures = new EnumMap<>(CostStage.class);
        figures.putAll(in.latestFigures());
        for (CostStage stage : CostStage.values()) {
            ApprovalReport.ChainStep step = figures.get(stage);
            chain.add(step == null ? new ApprovalReport.ChainStep(stage.name(), null, null, null) : step);
        }
        chain.add(new ApprovalReport.ChainStep("PAID", yuan(paid), null, null));
        ApprovalReport.ChainStep previous = null;
        for (ApprovalReport.ChainStep step : chain) {
            if (step.amount() == null) {
                continue;
            }
            if (previous != null && step.amount().compareTo(previous.amount()) > 0) {
                flags.add(new ApprovalReport.Flag(step.stage() + " ≤ " + previous.stage(), in.projectId(),
                        step.stage() + " " + step.amount() + " exceeds " + previous.stage() + " " + previous.amount()));
            }
            previous = step;
        }
        return new ApprovalReport(in.projectId(), in.compoundId(), in.budgetFen() == null ? null : yuan(in.budgetFen()),
                in.overrides(), cap, yuan(allocated), lines, chain, List.copyOf(flags), flags.isEmpty());
    }

    private static BigDecimal yuan(long fen) {
        return Money.ofFen(fen).yuan();
    }
}
