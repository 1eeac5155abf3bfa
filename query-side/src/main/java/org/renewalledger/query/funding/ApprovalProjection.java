package org.renewalledger.query.funding;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.funding.ApprovedBudgetRecordedEvent;
import org.renewalledger.kernel.funding.BudgetOverrideRecordedEvent;
import org.renewalledger.kernel.funding.CostFigureRecordedEvent;
import org.renewalledger.kernel.funding.SourceAmount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What each ledger knows of its approval (V142): the approved budget and plan by source, the override decisions
 * and the cost figures with their documents. In the funding ledger's processing group, so the ledger rows and
 * these arrive in the same order and are rebuilt by the same replay.
 */
@Component
@ProcessingGroup(FundingLedgerProjection.PROCESSING_GROUP)
class ApprovalProjection {

    private final JdbcTemplate jdbc;

    ApprovalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApprovedBudgetRecordedEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        String project = event.projectId().value();
        jdbc.update("INSERT INTO funding_approval (project_id, compound_id, jurisdiction_code, budget_fen, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (project_id) DO UPDATE SET compound_id = EXCLUDED.compound_id, "
                        + "budget_fen = EXCLUDED.budget_fen, recorded_at = EXCLUDED.recorded_at",
                project, event.compoundId().value(), event.jurisdiction().value(), event.budget().fen(), Timestamp.from(recordedAt));
        jdbc.update("DELETE FROM funding_plan_line WHERE project_id = ?", project);
        for (SourceAmount line : event.plan()) {
            jdbc.update("INSERT INTO funding_plan_line (project_id, source, planned_fen) VALUES (?, ?, ?) "
                            + "ON CONFLICT (project_id, source) DO UPDATE SET planned_fen = funding_plan_line.planned_fen + EXCLUDED.planned_fen",
                    project, line.source().name(), line.amount().fen());
        }
    }

    @EventHandler
    void on(BudgetOverrideRecordedEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        jdbc.update("INSERT INTO funding_budget_override (project_id, decision_id, amount_fen, reason, document, decided_by, "
                        + "decided_as, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.projectId().value(), event.decisionId(), event.amount().fen(), event.reason(), event.document(),
                event.decidedBy(), event.decidedAs().name(), Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(CostFigureRecordedEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt,
            @SequenceNumber long sequence, MetaData metaData) {
        Object actor = metaData.get(MetaDataKeys.ACTOR_ID);
        jdbc.update("INSERT INTO funding_cost_figure (project_id, sequence_number, stage, amount_fen, document, reference, "
                        + "recorded_at, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.projectId().value(), sequence, event.stage().name(), event.amount().fen(), event.document(), event.reference(),
                Timestamp.from(recordedAt), actor == null ? null : actor.toString());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM funding_approval");
        jdbc.update("DELETE FROM funding_plan_line");
        jdbc.update("DELETE FROM funding_budget_override");
        jdbc.update("DELETE FROM funding_cost_figure");
    }
}
