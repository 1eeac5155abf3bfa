package org.renewalledger.query.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.renewalledger.kernel.assessment.AnnualPlanSetEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentPublished;
import org.renewalledger.kernel.assessment.UnitResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The dashboard tables. Figures are kept as one row of deltas per event ({@code dashboard_fact}, keyed by
 * the event's stream and sequence, so a redelivery inserts nothing) and summed per unit and year when read;
 * targets and rankings are upserts guarded by the plan's time and the assessment's issue.
 */
@Component
class DashboardStore {

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    DashboardStore(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    /** A compound's size, for the milestones that follow (idempotent). */
    void compound(String compoundId, String county, String streetOffice, int households, int buildings, long areaCm2) {
        jdbc.update("INSERT INTO dashboard_compound (compound_id, county, street_office, households, buildings, floor_area_cm2) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (compound_id) DO NOTHING", compoundId, county, streetOffice, households,
                buildings, areaCm2);
    }

    record CompoundSize(String county, String streetOffice, int households, int buildings, long areaCm2) {
    }

    Optional<CompoundSize> size(String compoundId) {
        return jdbc.query("SELECT county, street_office, households, buildings, floor_area_cm2 FROM dashboard_compound "
                        + "WHERE compound_id = ?",
                (rs, i) -> new CompoundSize(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)),
                compoundId).stream().findFirst();
    }

    /** The deltas one event brings to a unit's figures of a year. */
    record Fact(String unitId, String county, int year, int registered, int started, int completed, int households,
                int buildings, long areaCm2, long allocatedFen, long disbursedFen) {
    }

    /** True when the row is new (the event had not been counted before). */
    boolean fact(String streamId, long sequence, Fact f) {
        return jdbc.update("INSERT INTO dashboard_fact (stream_id, sequence_number, unit_id, county, year, registered, started, "
                        + "completed, households, buildings, floor_area_cm2, allocated_fen, disbursed_fen) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                streamId, sequence, f.unitId(), f.county(), f.year(), f.registered(), f.started(), f.completed(), f.households(),
                f.buildings(), f.areaCm2(), f.allocatedFen(), f.disbursedFen()) > 0;
    }

    /** A plan replaces the unit's targets for its year unless a later plan is already there. */
    void target(AnnualPlanSetEvent plan, Instant at) {
        jdbc.update("INSERT INTO dashboard_target (unit_id, year, unit_kind, unit_jurisdiction, assessing_jurisdiction, "
                        + "compounds_to_start, compounds_to_complete, buildings, households, floor_area_cm2, funds_fen, set_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (unit_id, year) DO UPDATE SET "
                        + "unit_kind = excluded.unit_kind, unit_jurisdiction = excluded.unit_jurisdiction, "
                        + "assessing_jurisdiction = excluded.assessing_jurisdiction, compounds_to_start = excluded.compounds_to_start, "
                        + "compounds_to_complete = excluded.compounds_to_complete, buildings = excluded.buildings, "
                        + "households = excluded.households, floor_area_cm2 = excluded.floor_area_cm2, funds_fen = excluded.funds_fen, "
                        + "set_at = excluded.set_at WHERE dashboard_target.set_at <= excluded.set_at",
                plan.unit().id(), plan.year(), plan.unit().kind().name(), plan.unit().jurisdiction().value(),
                plan.assessingJurisdiction().value(), plan.targets().compoundsToStart(), plan.targets().compoundsToComplete(),
                plan.targets().buildings(), plan.targets().households(), plan.targets().floorArea().squareCentimetres(),
                plan.targets().fundsToSpend().fen(), Timestamp.from(at));
    }

    /** A published month: each unit's line at the highest issue seen (a reissue replaces, an older issue changes nothing). */
    void ranking(MonthlyAssessmentPublished assessment) {
        for (UnitResult line : assessment.results()) {
            jdbc.update("INSERT INTO dashboard_ranking (jurisdiction, month, unit_id, unit_kind, issue, score_hundredths, grade, rank, "
                            + "lagging) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (jurisdiction, month, unit_id) DO UPDATE SET "
                            + "issue = excluded.issue, score_hundredths = excluded.score_hundredths, grade = excluded.grade, "
                            + "rank = excluded.rank, lagging = excluded.lagging, unit_kind = excluded.unit_kind "
                            + "WHERE dashboard_ranking.issue < excluded.issue",
                    assessment.jurisdiction().value(), assessment.month().toString(), line.unit().id(), line.unit().kind().name(),
                    assessment.issue(), line.scoreHundredths(), line.grade().name(), line.rank(), line.lagging());
        }
    }

    void deleteAll() {
        jdbc.update("DELETE FROM dashboard_fact");
        jdbc.update("DELETE FROM dashboard_compound");
        jdbc.update("DELETE FROM dashboard_target");
        jdbc.update("DELETE FROM dashboard_ranking");
    }

    /** Sums of a year's facts per unit inside the prefix. */
    Mono<List<Map<String, Object>>> figures(String prefix, int year) {
        return r2dbc.sql("SELECT unit_id, sum(registered) AS registered, sum(started) AS started, sum(completed) AS completed, "
                        + "sum(households) AS households, sum(buildings) AS buildings, sum(floor_area_cm2) AS area, "
                        + "sum(allocated_fen) AS allocated, sum(disbursed_fen) AS disbursed FROM dashboard_fact "
                        + "WHERE year = :year AND unit_id LIKE :prefix GROUP BY unit_id ORDER BY unit_id")
                .bind("year", year)
                .bind("prefix", prefix + "%")
                .fetch().all().collectList();
    }

    Mono<List<Map<String, Object>>> targets(String prefix, int year) {
        return r2dbc.sql("SELECT * FROM dashboard_target WHERE year = :year AND unit_jurisdiction LIKE :prefix ORDER BY unit_id")
                .bind("year", year)
                .bind("prefix", prefix + "%")
                .fetch().all().collectList();
    }

    /** The two latest published months of a jurisdiction's ranking, latest first. */
    Mono<List<Map<String, Object>>> latestRankings(String jurisdiction) {
        return r2dbc.sql("SELECT * FROM dashboard_ranking WHERE jurisdiction = :j AND month IN "
                        + "(SELECT DISTINCT month FROM dashboard_ranking WHERE jurisdiction = :j ORDER BY month DESC LIMIT 2) "
                        + "ORDER BY month DESC, rank, unit_id")
                .bind("j", jurisdiction)
                .fetch().all().collectList();
    }

    Mono<Map<String, String>> standingProposals(String assessing, String month) {
        return r2dbc.sql("SELECT unit_id, measure FROM measure_proposal WHERE assessing_jurisdiction = :j AND month = :m AND NOT withdrawn")
                .bind("j", assessing)
                .bind("m", month)
                .map((row, meta) -> Map.entry(row.get("unit_id", String.class), row.get("measure", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    Mono<Map<String, List<String>>> openCases(String assessing) {
        return r2dbc.sql("SELECT unit_id, case_id, status FROM review_case WHERE assessing_jurisdiction = :j "
                        + "AND status NOT IN ('CLOSED', 'REFERRED') ORDER BY case_id")
                .bind("j", assessing)
                .map((row, meta) -> Map.entry(row.get("unit_id", String.class),
                        row.get("case_id", String.class) + " " + row.get("status", String.class)))
                .all()
                .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
                .map(multi -> {
                    Map<String, List<String>> out = new java.util.HashMap<>();
                    multi.forEach((k, v) -> out.put(k, List.copyOf(v)));
                    return out;
                });
    }
}
