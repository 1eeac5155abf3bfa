package org.renewalledger.query.assessment;

import io.r2dbc.spi.Readable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code assessment_fact}, {@code assessment_issue} and {@code assessment_policy} tables. Writes go through JDBC in the processor's
 * transaction, keyed by the event's id (a redelivery changes nothing); reads through R2DBC.
 */
@Component
class AssessmentFactStore {

    private static final String FACT_COLUMNS = "event_id, global_position, fact_kind, event_type, recorded_at, actor_id, actor_role, "
            + "scope_code, subject, compound_id, unit_id, unit_kind, unit_jurisdiction, period, effective_on, amount, late, revision, "
            + "target_starts, target_completions, target_buildings, target_households, target_area_cm2, target_funds_fen, "
            + "starts_on, deadline, buildings, area_cm2, reported_starts, reported_completions, reported_households, "
            + "reported_funds_fen, respondents, detail, claim_backdated, claim_in_closed_month, claim_reason";

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    AssessmentFactStore(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    void insert(FactRow row) {
        FactRow.PlanColumns plan = row.plan();
        FactRow.Reported reported = row.reported();
        DateClaim claim = row.claim();
        jdbc.update("INSERT INTO assessment_fact (" + FACT_COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                row.eventId(), row.globalPosition(), row.factKind(), row.eventType(), Timestamp.from(row.recordedAt()),
                row.actorId(), row.actorRole(), row.scopeCode(), row.subject(), row.compoundId(), row.unitId(), row.unitKind(),
                row.unitJurisdiction(), row.period(), row.effectiveOn() == null ? null : Date.valueOf(row.effectiveOn()),
                row.amount(), row.late(), row.revision(),
                plan == null ? null : plan.starts(), plan == null ? null : plan.completions(),
                plan == null ? null : plan.buildings(), plan == null ? null : plan.households(),
                plan == null ? null : plan.areaCm2(), plan == null ? null : plan.fundsFen(),
                plan == null ? null : Date.valueOf(plan.startsOn()), plan == null ? null : Date.valueOf(plan.deadline()),
                row.buildings(), row.areaCm2(), reported == null ? null : reported.starts(),
                reported == null ? null : reported.completions(), reported == null ? null : reported.households(),
                reported == null ? null : reported.fundsFen(), row.respondents(), row.detail(),
                claim == null ? null : claim.backdated(), claim == null ? null : claim.inClosedMonth(),
                claim == null ? null : claim.reason());
    }

    /** The street office of a registered compound, if the facts hold it (they do, in store order, for any later event). */
    Optional<String> streetOfficeOf(String compoundId) {
        List<String> codes = jdbc.queryForList("SELECT scope_code FROM assessment_fact WHERE fact_kind = ? AND subject = ?",
                String.class, FactRow.COMPOUND, compoundId);
        return codes.stream().findFirst();
    }

    /** One row per unit of a published issue. */
    void insertIssue(String assessmentId, int issue, int line, JurisdictionCode jurisdiction, String month, String eventId,
                     String eventType, java.time.Instant recordedAt, String actorId, String actorRole, String policy,
                     String reason, UnitResult result) {
        jdbc.update("INSERT INTO assessment_issue (assessment_id, issue, line, jurisdiction_code, month, event_id, event_type, "
                        + "recorded_at, actor_id, actor_role, indicator_policy, reason, unit_id, unit_kind, unit_jurisdiction, "
                        + "score_hundredths, grade, rank, lagging, shortfall) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (assessment_id, issue, line) DO NOTHING",
                assessmentId, issue, line, jurisdiction.value(), month, eventId, eventType, Timestamp.from(recordedAt), actorId,
                actorRole, policy, reason, result.unit().id(), result.unit().kind().name(), result.unit().jurisdiction().value(),
                result.scoreHundredths(), result.grade().name(), result.rank(), result.lagging(), result.shortfall());
    }

    /** An assessment policy a jurisdiction set, its definition serialized by the event serializer. */
    void insertPolicy(String eventId, long globalPosition, JurisdictionCode jurisdiction, String version, String definition,
                      java.time.Instant recordedAt) {
        jdbc.update("INSERT INTO assessment_policy (event_id, global_position, jurisdiction_code, version, definition, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                eventId, globalPosition, jurisdiction.value(), version, definition, Timestamp.from(recordedAt));
    }

    /**
     * The policies that can decide a month of {@code jurisdiction}: those set for it or for the jurisdictions above
     * it, and those of version {@code version} (a closed month's), in store order.
     */
    Mono<List<PolicyRow>> policies(JurisdictionCode jurisdiction, String version) {
        String digits = jurisdiction.value();
        return r2dbc.sql("SELECT jurisdiction_code, definition FROM assessment_policy WHERE jurisdiction_code IN (:county, :city, "
                        + ":province) OR version = :version ORDER BY global_position")
                .bind("county", digits.substring(0, 6))
                .bind("city", digits.substring(0, 4) + "00")
                .bind("province", digits.substring(0, 2) + "0000")
                .bind("version", version == null ? "" : version)
                .map((row, meta) -> new PolicyRow(row.get("jurisdiction_code", String.class), row.get("definition", String.class)))
                .all()
                .collectList();
    }

    /** A row of {@code assessment_policy}: the jurisdiction and the serialized definition. */
    record PolicyRow(String jurisdiction, String definition) {
    }

    void deleteAll() {
        jdbc.update("DELETE FROM assessment_fact");
        jdbc.update("DELETE FROM assessment_issue");
        jdbc.update("DELETE FROM assessment_policy");
    }

    /** Every fact inside the jurisdiction, in store order. */
    Mono<List<FactRow>> factsWithin(JurisdictionCode jurisdiction) {
        return r2dbc.sql("SELECT " + FACT_COLUMNS + " FROM assessment_fact WHERE scope_code LIKE :prefix ORDER BY global_position")
                .bind("prefix", jurisdiction.prefix() + "%")
                .map((row, meta) -> fact(row))
                .all()
                .collectList();
    }

    /** The published issues' rows of one month, in issue and line order. */
    Mono<List<IssueRow>> issues(JurisdictionCode jurisdiction, String month) {
        return r2dbc.sql("SELECT * FROM assessment_issue WHERE jurisdiction_code = :code AND month = :month ORDER BY issue, line")
                .bind("code", jurisdiction.value())
                .bind("month", month)
                .map((row, meta) -> new IssueRow(row.get("issue", Integer.class), row.get("event_id", String.class),
                        row.get("event_type", String.class), row.get("recorded_at", OffsetDateTime.class).toInstant(),
                        row.get("actor_id", String.class), row.get("actor_role", String.class),
                        row.get("indicator_policy", String.class), row.get("reason", String.class),
                        new UnitResult(new ResponsibleUnit(row.get("unit_id", String.class),
                                UnitKind.valueOf(row.get("unit_kind", String.class)),
                                JurisdictionCode.of(row.get("unit_jurisdiction", String.class))),
                                row.get("score_hundredths", Integer.class), Grade.valueOf(row.get("grade", String.class)),
                                row.get("rank", Integer.class), row.get("lagging", Boolean.class),
                                row.get("shortfall", Integer.class))))
                .all()
                .collectList();
    }

    /** A row of a published issue. */
    record IssueRow(int issue, String eventId, String eventType, java.time.Instant recordedAt, String actorId, String actorRole,
                    String indicatorPolicy, String reason, UnitResult result) {
    }

    /** A claimed date's standing, on start and completion facts; null elsewhere and on facts projected before V200. */
    private static DateClaim claim(Readable row) {
        Boolean backdated = row.get("claim_backdated", Boolean.class);
        Boolean inClosedMonth = row.get("claim_in_closed_month", Boolean.class);
        if (backdated == null && inClosedMonth == null) {
            return null;
        }
        return new DateClaim(Boolean.TRUE.equals(backdated), Boolean.TRUE.equals(inClosedMonth), row.get("claim_reason", String.class));
    }

    private static FactRow fact(Readable row) {
        Integer claimedStarts = row.get("reported_starts", Integer.class);
        FactRow.Reported reported = claimedStarts == null ? null : new FactRow.Reported(claimedStarts,
                row.get("reported_completions", Integer.class), row.get("reported_households", Integer.class),
                row.get("reported_funds_fen", Long.class));
        Integer starts = row.get("target_starts", Integer.class);
        FactRow.PlanColumns plan = starts == null ? null : new FactRow.PlanColumns(starts,
                row.get("target_completions", Integer.class), row.get("target_buildings", Integer.class),
                row.get("target_households", Integer.class), row.get("target_area_cm2", Long.class),
                row.get("target_funds_fen", Long.class), row.get("starts_on", LocalDate.class), row.get("deadline", LocalDate.class));
        return new FactRow(row.get("event_id", String.class), row.get("global_position", Long.class),
                row.get("fact_kind", String.class), row.get("event_type", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant(), row.get("actor_id", String.class),
                row.get("actor_role", String.class), row.get("scope_code", String.class), row.get("subject", String.class),
                row.get("compound_id", String.class), row.get("unit_id", String.class), row.get("unit_kind", String.class),
                row.get("unit_jurisdiction", String.class), row.get("period", String.class),
                row.get("effective_on", LocalDate.class), row.get("amount", Long.class), row.get("late", Boolean.class),
                row.get("revision", Integer.class), plan, row.get("buildings", Integer.class), row.get("area_cm2", Long.class),
                reported, row.get("respondents", Integer.class), row.get("detail", String.class), claim(row));
    }
}
