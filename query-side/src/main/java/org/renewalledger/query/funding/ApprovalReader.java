package org.renewalledger.query.funding;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.CostStage;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads one project's approval and ledger sums (V142, and the ledger rows) for {@link ApprovalChecks}. */
@Component
class ApprovalReader {

    private final DatabaseClient r2dbc;

    ApprovalReader(DatabaseClient r2dbc) {
        this.r2dbc = r2dbc;
    }

    private record Approval(String compoundId, long budgetFen) {
    }

    private record Sum(String source, String type, long fen) {
    }

    /** The project's report; empty when the ledger knows neither an approval nor an entry. */
    Mono<Optional<ApprovalReport>> report(String projectId) {
        Mono<Optional<Approval>> approval = r2dbc.sql("SELECT compound_id, budget_fen FROM funding_approval WHERE project_id = :p")
                .bind("p", projectId)
                .map((row, meta) -> new Approval(row.get("compound_id", String.class), row.get("budget_fen", Long.class)))
                .one().map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<List<ApprovalReport.Override>> overrides = r2dbc.sql("SELECT decision_id, amount_fen, reason, document, decided_by, "
                        + "decided_as FROM funding_budget_override WHERE project_id = :p ORDER BY recorded_at, decision_id")
                .bind("p", projectId)
                .map((row, meta) -> new ApprovalReport.Override(row.get("decision_id", String.class),
                        yuan(row.get("amount_fen", Long.class)), row.get("reason", String.class), row.get("document", String.class),
                        row.get("decided_by", String.class), row.get("decided_as", String.class)))
                .all().collectList();
        Mono<Map<String, Long>> planned = r2dbc.sql("SELECT source, planned_fen FROM funding_plan_line WHERE project_id = :p")
                .bind("p", projectId)
                .map((row, meta) -> Map.entry(row.get("source", String.class), row.get("planned_fen", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
        Mono<List<Sum>> sums = r2dbc.sql("SELECT source, entry_type, sum(amount_fen) AS total FROM funding_ledger_entry "
                        + "WHERE project_id = :p AND source IS NOT NULL GROUP BY source, entry_type")
                .bind("p", projectId)
                .map((row, meta) -> new Sum(row.get("source", String.class), row.get("entry_type", String.class),
                        row.get("total", Number.class).longValue()))
                .all().collectList();
        Mono<Map<CostStage, ApprovalReport.ChainStep>> figures = r2dbc.sql("SELECT DISTINCT ON (stage) stage, amount_fen, document, "
                        + "reference FROM funding_cost_figure WHERE project_id = :p ORDER BY stage, sequence_number DESC")
                .bind("p", projectId)
                .map((row, meta) -> new ApprovalReport.ChainStep(row.get("stage", String.class), yuan(row.get("amount_fen", Long.class)),
                        row.get("document", String.class), row.get("reference", String.class)))
                .all().collectList()
                .map(steps -> {
                    Map<CostStage, ApprovalReport.ChainStep> byStage = new EnumMap<>(CostStage.class);
                    steps.forEach(step -> byStage.put(CostStage.valueOf(step.stage()), step));
                    return byStage;
                });
        return Mono.zip(approval, overrides, planned, sums, figures).map(all -> {
            Optional<Approval> approved = all.getT1();
            List<Sum> ledger = all.getT4();
            if (approved.isEmpty() && ledger.isEmpty() && all.getT5().isEmpty()) {
                return Optional.empty();
            }
            Map<String, Long> allocated = new HashMap<>();
            Map<String, Long> paid = new HashMap<>();
            for (Sum sum : ledger) {
                switch (sum.type()) {
                    case "ALLOCATION" -> allocated.merge(sum.source(), sum.fen(), Long::sum);
                    case "DISBURSEMENT" -> paid.merge(sum.source(), sum.fen(), Long::sum);
                    case "CLAWBACK" -> paid.merge(sum.source(), -sum.fen(), Long::sum);
                    default -> {
                    }
                }
            }
            return Optional.of(ApprovalChecks.report(new ApprovalChecks.Inputs(projectId,
                    approved.map(Approval::compoundId).orElse(null), approved.map(Approval::budgetFen).orElse(null),
                    all.getT2(), all.getT3(), allocated, paid, all.getT5())));
        });
    }

    private static BigDecimal yuan(long fen) {
        return Money.ofFen(fen).yuan();
    }
}
