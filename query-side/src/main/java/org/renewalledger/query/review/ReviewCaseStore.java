package org.renewalledger.query.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.renewalledger.kernel.review.FindingRecordedEvent;
import org.renewalledger.kernel.review.MeasureProposals;
import org.renewalledger.kernel.review.RewardProposals;
import org.renewalledger.kernel.review.OverdueRectifications;
import org.renewalledger.kernel.review.ReviewCaseView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The review tables: {@code review_case} (one row per case, moved on by its events, guarded by the last
 * applied sequence), {@code review_step} (every event of a case) and {@code measure_proposal} (the ladder's
 * proposal per unit and month). JDBC writes in the processor's transaction, R2DBC reads.
 */
@Component
class ReviewCaseStore {

    private static final String CASE_COLUMNS = "case_id, unit_id, unit_kind, unit_jurisdiction, assessing_jurisdiction, finding, "
            + "month, status, objection, conclusion_on, objection_deadline, objection_decide_by, rectification_deadline, "
            + "opened_at, opened_by";

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    ReviewCaseStore(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    void open(FindingRecordedEvent event, Instant at, String actorId, long sequence) {
        jdbc.update("INSERT INTO review_case (case_id, unit_id, unit_kind, unit_jurisdiction, assessing_jurisdiction, finding, "
                        + "month, status, objection, opened_at, opened_by, last_sequence) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 'FINDING_RECORDED', 'NONE', ?, ?, ?) ON CONFLICT (case_id) DO NOTHING",
                event.caseId().value(), event.unit().id(), event.unit().kind().name(), event.unit().jurisdiction().value(),
                event.assessingJurisdiction().value(), event.finding(), event.month() == null ? null : event.month().toString(),
                Timestamp.from(at), actorId, sequence);
    }

    /** Moves a case on: {@code assignments} is a SQL SET list; an event already applied (or older) changes nothing. */
    void advance(String caseId, long sequence, String assignments, Object... values) {
        Object[] args = new Object[values.length + 3];
        System.arraycopy(values, 0, args, 0, values.length);
        args[values.length] = sequence;
        args[values.length + 1] = caseId;
        args[values.length + 2] = sequence;
        jdbc.update("UPDATE review_case SET " + assignments + ", last_sequence = ? WHERE case_id = ? AND last_sequence < ?", args);
    }

    void step(String caseId, long sequence, String event, String measure, int points, String text, Instant at, String actorId,
              String actorRole) {
        jdbc.update("INSERT INTO review_step (case_id, sequence_number, event, measure, points_hundredths, text, at, actor_id, "
                        + "actor_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                caseId, sequence, event, measure, points, text, Timestamp.from(at), actorId, actorRole);
    }

    void propose(String assessing, String unitId, String unitKind, String unitJurisdiction, String month, int issue, String measure,
                 int running, int inYear, String rule, long sequence) {
        jdbc.update("INSERT INTO measure_proposal (assessing_jurisdiction, unit_id, month, unit_kind, unit_jurisdiction, issue, "
                        + "measure, lag_running, lag_in_year, rule, withdrawn, last_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?) "
                        + "ON CONFLICT (assessing_jurisdiction, unit_id, month) DO UPDATE SET issue = excluded.issue, "
                        + "measure = excluded.measure, lag_running = excluded.lag_running, lag_in_year = excluded.lag_in_year, "
                        + "rule = excluded.rule, withdrawn = false, last_sequence = excluded.last_sequence "
                        + "WHERE measure_proposal.last_sequence < excluded.last_sequence",
                assessing, unitId, month, unitKind, unitJurisdiction, issue, measure, running, inYear, rule, sequence);
    }

    void withdraw(String assessing, String unitId, String month, long sequence) {
        jdbc.update("UPDATE measure_proposal SET withdrawn = true, last_sequence = ? WHERE assessing_jurisdiction = ? "
                + "AND unit_id = ? AND month = ? AND last_sequence < ?", sequence, assessing, unitId, month, sequence);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM review_step");
        jdbc.update("DELETE FROM review_case");
        jdbc.update("DELETE FROM measure_proposal");
        jdbc.update("DELETE FROM reward_proposal");
    }

    void proposeReward(String assessing, String unitId, String unitKind, String unitJurisdiction, String month, int issue,
                       String reward, int running, String rule, long sequence) {
        jdbc.update("INSERT INTO reward_proposal (assessing_jurisdiction, unit_id, month, unit_kind, unit_jurisdiction, issue, "
                        + "reward, excellent_running, rule, status, last_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?) "
                        + "ON CONFLICT (assessing_jurisdiction, unit_id, month) DO UPDATE SET issue = excluded.issue, "
                        + "reward = excluded.reward, excellent_running = excluded.excellent_running, rule = excluded.rule, "
                        + "status = 'PROPOSED', decision_note = NULL, last_sequence = excluded.last_sequence "
                        + "WHERE reward_proposal.last_sequence < excluded.last_sequence",
                assessing, unitId, month, unitKind, unitJurisdiction, issue, reward, running, rule, sequence);
    }

    /** A withdrawal or a decision: the month's proposal takes {@code status} (and the decision's note). */
    void settleReward(String assessing, String unitId, String month, String status, String note, long sequence) {
        jdbc.update("UPDATE reward_proposal SET status = ?, decision_note = ?, last_sequence = ? WHERE assessing_jurisdiction = ? "
                + "AND unit_id = ? AND month = ? AND last_sequence < ?", status, note, sequence, assessing, unitId, month, sequence);
    }

    Mono<RewardProposals> rewards(String prefix, boolean includeWithdrawn) {
        return r2dbc.sql("SELECT * FROM reward_proposal WHERE unit_jurisdiction LIKE :prefix"
                        + (includeWithdrawn ? "" : " AND status <> 'WITHDRAWN'") + " ORDER BY month DESC, unit_id LIMIT 1000")
                .bind("prefix", prefix + "%")
                .map((row, meta) -> new RewardProposals.Proposal(row.get("unit_id", String.class), row.get("unit_kind", String.class),
                        row.get("assessing_jurisdiction", String.class), row.get("month", String.class),
                        row.get("issue", Integer.class), row.get("reward", String.class),
                        row.get("excellent_running", Integer.class), row.get("rule", String.class),
                        row.get("status", String.class), row.get("decision_note", String.class)))
                .all().collectList()
                .map(RewardProposals::new);
    }

    Mono<ReviewCaseView> find(String caseId, LocalDate today) {
        Mono<List<ReviewCaseView.Step>> steps = r2dbc.sql("SELECT * FROM review_step WHERE case_id = :id ORDER BY sequence_number")
                .bind("id", caseId)
                .map((row, meta) -> new ReviewCaseView.Step(row.get("sequence_number", Long.class), row.get("event", String.class),
                        row.get("measure", String.class), row.get("points_hundredths", Integer.class), row.get("text", String.class),
                        row.get("at", OffsetDateTime.class).toInstant(), row.get("actor_id", String.class),
                        row.get("actor_role", String.class)))
                .all().collectList();
        return r2dbc.sql("SELECT " + CASE_COLUMNS + " FROM review_case WHERE case_id = :id")
                .bind("id", caseId)
                .map((row, meta) -> toView(row, today, List.of()))
                .one()
                .zipWith(steps, (view, list) -> withSteps(view, list));
    }

    Mono<List<ReviewCaseView>> findWithin(String prefix, boolean openOnly, LocalDate today) {
        return r2dbc.sql("SELECT " + CASE_COLUMNS + " FROM review_case WHERE unit_jurisdiction LIKE :prefix"
                        + (openOnly ? " AND status NOT IN ('CLOSED', 'REFERRED')" : "") + " ORDER BY opened_at DESC, case_id LIMIT 500")
                .bind("prefix", prefix + "%")
                .map((row, meta) -> toView(row, today, List.of()))
                .all().collectList();
    }

    Mono<OverdueRectifications> overdue(String prefix, LocalDate today) {
        return r2dbc.sql("SELECT case_id, unit_id, unit_kind, rectification_requirement, rectification_deadline, status "
                        + "FROM review_case WHERE unit_jurisdiction LIKE :prefix AND status = 'RECTIFICATION_ORDERED' "
                        + "AND rectification_deadline < :today ORDER BY rectification_deadline, case_id")
                .bind("prefix", prefix + "%")
                .bind("today", today)
                .map((row, meta) -> {
                    LocalDate deadline = row.get("rectification_deadline", LocalDate.class);
                    return new OverdueRectifications.Overdue(row.get("case_id", String.class), row.get("unit_id", String.class),
                            row.get("unit_kind", String.class), row.get("rectification_requirement", String.class), deadline,
                            ChronoUnit.DAYS.between(deadline, today), row.get("status", String.class));
                })
                .all().collectList()
                .map(list -> new OverdueRectifications(today, list));
    }

    Mono<MeasureProposals> proposals(String prefix, boolean includeWithdrawn) {
        return r2dbc.sql("SELECT * FROM measure_proposal WHERE unit_jurisdiction LIKE :prefix"
                        + (includeWithdrawn ? "" : " AND NOT withdrawn") + " ORDER BY month DESC, unit_id LIMIT 1000")
                .bind("prefix", prefix + "%")
                .map((row, meta) -> new MeasureProposals.Proposal(row.get("unit_id", String.class), row.get("unit_kind", String.class),
                        row.get("assessing_jurisdiction", String.class), row.get("month", String.class),
                        row.get("issue", Integer.class), row.get("measure", String.class), row.get("lag_running", Integer.class),
                        row.get("lag_in_year", Integer.class), row.get("rule", String.class), row.get("withdrawn", Boolean.class)))
                .all().collectList()
                .map(MeasureProposals::new);
    }

    private static ReviewCaseView withSteps(ReviewCaseView v, List<ReviewCaseView.Step> steps) {
        return new ReviewCaseView(v.caseId(), v.unitId(), v.unitKind(), v.unitJurisdiction(), v.assessingJurisdiction(), v.finding(),
                v.month(), v.status(), v.objection(), v.conclusionOn(), v.objectionDeadline(), v.objectionDecideBy(),
                v.rectificationDeadline(), v.rectificationOverdue(), v.objectionDecisionOverdue(), v.openedAt(), v.openedBy(),
                new ArrayList<>(steps));
    }

    private static ReviewCaseView toView(io.r2dbc.spi.Readable row, LocalDate today, List<ReviewCaseView.Step> steps) {
        String status = row.get("status", String.class);
        String objection = row.get("objection", String.class);
        LocalDate deadline = row.get("rectification_deadline", LocalDate.class);
        LocalDate decideBy = row.get("objection_decide_by", LocalDate.class);
        return new ReviewCaseView(row.get("case_id", String.class), row.get("unit_id", String.class), row.get("unit_kind", String.class),
                row.get("unit_jurisdiction", String.class), row.get("assessing_jurisdiction", String.class),
                row.get("finding", String.class), row.get("month", String.class), status, objection,
                row.get("conclusion_on", LocalDate.class), row.get("objection_deadline", LocalDate.class), decideBy, deadline,
                "RECTIFICATION_ORDERED".equals(status) && deadline != null && deadline.isBefore(today),
                "PENDING".equals(objection) && decideBy != null && decideBy.isBefore(today),
                row.get("opened_at", OffsetDateTime.class).toInstant(), row.get("opened_by", String.class), steps);
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
