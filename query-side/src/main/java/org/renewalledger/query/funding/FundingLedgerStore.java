package org.renewalledger.query.funding;

import io.r2dbc.spi.Readable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.LedgerEntryView;
import org.renewalledger.kernel.funding.LedgerHistory;
import org.renewalledger.kernel.funding.ProjectFundingView;
import org.renewalledger.kernel.funding.ReconciliationReport;
import org.renewalledger.kernel.funding.SpendingProgressView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code funding_ledger_entry} table and the figures kept from it ({@code funding_figure}). Writes go through
 * JDBC inside the event processor's transaction (rows, figures and token commit together); reads through R2DBC.
 * Every figure is a sum over rows, optionally only those recorded at or before an instant: that is the state as
 * of that instant, folded from the events. A jurisdiction's figures now are read from the kept sums, which the
 * insert of each new line adds to, so a county's dashboard does not sum every ledger line on each request.
 */
@Component
class FundingLedgerStore {

    private static final String COLUMNS = "project_id, sequence_number, line, global_position, event_id, event_type, entry_id, "
            + "entry_type, jurisdiction_code, source, amount_fen, recipient, tranche, rule, milestone, note, reverses_entry_id, "
            + "idempotency_key, recorded_at, actor_id, actor_role, actor_jurisdiction, correlation_id, causation_id, policy_version";
    private static final String INSERTED_COLUMNS = COLUMNS + ", fund_id";

    /** The entry types whose sums the dashboards read now, kept as rows in {@code funding_figure}. */
    private static final Set<String> FIGURE_TYPES = Set.of("ALLOCATION", "DISBURSEMENT", "EXPENDITURE", "CLAWBACK");

    private final JdbcTemplate jdbc;
    private final DatabaseClient r2dbc;

    FundingLedgerStore(JdbcTemplate jdbc, DatabaseClient r2dbc) {
        this.jdbc = jdbc;
        this.r2dbc = r2dbc;
    }

    /** Idempotent: a redelivered event finds its (project, sequence, line) rows already there. */
    void insert(LedgerRow row) {
        LedgerRow.Place place = row.place();
        LedgerRow.Details details = row.details();
        int inserted = jdbc.update("INSERT INTO funding_ledger_entry (" + INSERTED_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (project_id, sequence_number, line) DO NOTHING",
                place.projectId(), place.sequence(), row.line(), place.globalPosition(), place.eventId(), row.eventType(),
                row.entryId(), row.entryType(), row.jurisdictionCode(), row.source(), row.amountFen(), details.recipient(),
                details.tranche(), details.rule(), details.milestone(), details.note(), details.reversesEntryId(),
                details.idempotencyKey(), Timestamp.from(place.recordedAt()), place.actorId(), place.actorRole(),
                place.actorJurisdiction(), place.correlationId(), place.causationId(), place.policyVersion(), details.fundId());
        if (inserted == 1 && FIGURE_TYPES.contains(row.entryType())) {
            addToFigure(row);
        }
    }

    /**
     * Adds a new ledger line to its kept figure ({@code funding_figure}, V210), in the same transaction. Only a line
     * that was inserted counts: a redelivered event inserts nothing and so adds nothing twice.
     */
    private void addToFigure(LedgerRow row) {
        String recipient = "DISBURSEMENT".equals(row.entryType()) ? row.details().recipient() : null;
        String fundId = "ALLOCATION".equals(row.entryType()) ? row.details().fundId() : null;
        jdbc.update("INSERT INTO funding_figure (project_id, jurisdiction_code, entry_type, source, recipient, fund_id, amount_fen) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT funding_figure_key "
                        + "DO UPDATE SET amount_fen = funding_figure.amount_fen + EXCLUDED.amount_fen",
                row.place().projectId(), row.jurisdictionCode(), row.entryType(), row.source(), recipient, fundId, row.amountFen());
    }

    /**
     * The recipient (payee) and fund of an entry already written, which its reversal carries too, so that per-unit
     * and per-fund sums stay plain sums. The projection handles one project's events in order, so the reversed
     * entry's row is there, in a replay as in the live stream.
     */
    Details reversedEntry(String projectId, String entryId) {
        return jdbc.query("SELECT recipient, fund_id FROM funding_ledger_entry WHERE project_id = ? AND entry_id = ? "
                        + "ORDER BY line LIMIT 1",
                (row, n) -> new Details(row.getString("recipient"), row.getString("fund_id")), projectId, entryId)
                .stream().findFirst().orElse(new Details(null, null));
    }

    record Details(String recipient, String fundId) {
    }

    void deleteAll() {
        jdbc.update("DELETE FROM funding_ledger_entry");
        jdbc.update("DELETE FROM funding_figure");
    }

    Mono<LedgerHistory> projectHistory(String projectId) {
        return r2dbc.sql("SELECT " + COLUMNS + " FROM funding_ledger_entry WHERE project_id = :project ORDER BY sequence_number, line")
                .bind("project", projectId)
                .map((row, meta) -> toEntry(row))
                .all()
                .collectList()
                .map(LedgerHistory::new);
    }

    Mono<LedgerHistory> fundHistory(String jurisdictionPrefix, String source, long after, int limit) {
        return r2dbc.sql("SELECT " + COLUMNS + " FROM funding_ledger_entry "
                        + "WHERE source = :source AND jurisdiction_code LIKE :prefix AND global_position > :after "
                        + "ORDER BY global_position, line LIMIT :limit")
                .bind("source", source)
                .bind("prefix", jurisdictionPrefix + "%")
                .bind("after", after)
                .bind("limit", limit)
                .map((row, meta) -> toEntry(row))
                .all()
                .collectList()
                .map(LedgerHistory::new);
    }

    /** The project's figures from the rows recorded at or before {@code asOf} (all rows when null). */
    Mono<Optional<ProjectFundingView>> projectFunding(String projectId, Instant asOf) {
        DatabaseClient.GenericExecuteSpec sql = r2dbc.sql("SELECT entry_type, source, milestone, jurisdiction_code, "
                        + "sum(amount_fen) AS total FROM funding_ledger_entry WHERE project_id = :project"
                        + (asOf == null ? "" : " AND recorded_at <= :asOf")
                        + " GROUP BY entry_type, source, milestone, jurisdiction_code")
                .bind("project", projectId);
        if (asOf != null) {
            sql = sql.bind("asOf", asOf.atOffset(ZoneOffset.UTC));
        }
        return sql.map((row, meta) -> new Sum(row.get("entry_type", String.class), row.get("source", String.class),
                        row.get("milestone", String.class), row.get("jurisdiction_code", String.class),
                        row.get("total", Number.class).longValue()))
                .all()
                .collectList()
                .map(sums -> sums.isEmpty() ? Optional.empty() : Optional.of(projectView(projectId, asOf, sums)));
    }

    /** Spending progress of every project whose jurisdiction starts with the prefix, as of an instant or now. */
    Mono<SpendingProgressView> spendingProgress(String jurisdictionCode, String jurisdictionPrefix, Instant asOf) {
        if (asOf == null) {
            return keptSpendingProgress(jurisdictionCode, jurisdictionPrefix);
        }
        DatabaseClient.GenericExecuteSpec sql = r2dbc.sql("SELECT project_id, source, entry_type, sum(amount_fen) AS total "
                        + "FROM " + sums(asOf) + " WHERE jurisdiction_code LIKE :prefix "
                        + "AND entry_type IN ('ALLOCATION', 'DISBURSEMENT', 'CLAWBACK')"
                        + (asOf == null ? "" : " AND recorded_at <= :asOf")
                        + " GROUP BY project_id, source, entry_type")
                .bind("prefix", jurisdictionPrefix + "%");
        if (asOf != null) {
            sql = sql.bind("asOf", asOf.atOffset(ZoneOffset.UTC));
        }
        return sql.map((row, meta) -> new ProjectSum(row.get("project_id", String.class), row.get("source", String.class),
                        row.get("entry_type", String.class), row.get("total", Number.class).longValue()))
                .all()
                .collectList()
                .zipWith(unitProgress(jurisdictionPrefix, asOf))
                .map(both -> progressView(jurisdictionCode, asOf, both.getT1(), both.getT2()));
    }

    /**
     * Now: one read of the kept figures. Their disbursement rows name the unit paid, so the per-unit lines fold from
     * the same rows ({@link UnitProgress}) instead of a second statement that reads the jurisdiction three times more.
     */
    private Mono<SpendingProgressView> keptSpendingProgress(String jurisdictionCode, String jurisdictionPrefix) {
        return r2dbc.sql("SELECT project_id, source, entry_type, recipient, sum(amount_fen)::bigint AS total FROM funding_figure"
                        + " WHERE jurisdiction_code LIKE :prefix AND entry_type IN ('ALLOCATION', 'DISBURSEMENT', 'CLAWBACK')"
                        + " GROUP BY project_id, source, entry_type, recipient ORDER BY recipient")
                .bind("prefix", jurisdictionPrefix + "%")
                .map((row, meta) -> new KeptSum(new ProjectSum(row.get("project_id", String.class), row.get("source", String.class),
                        row.get("entry_type", String.class), row.get("total", Long.class)), row.get("recipient", String.class)))
                .all()
                .collectList()
                .map(kept -> {
                    UnitProgress units = new UnitProgress();
                    List<ProjectSum> sums = new ArrayList<>(kept.size());
                    for (KeptSum sum : kept) {
                        sums.add(sum.sum());
                        units.add(sum.sum().projectId(), sum.sum().type(), sum.recipient(), sum.sum().fen());
                    }
                    return progressView(jurisdictionCode, null, sums, units.lines());
                });
    }

    private static SpendingProgressView progressView(String jurisdictionCode, Instant asOf, List<ProjectSum> sums,
                                                     List<SpendingProgressView.Line> units) {
        Figures total = new Figures();
        Map<String, Figures> bySource = new TreeMap<>(Comparator.comparing(FundingSource::valueOf));
        Map<String, Figures> byProject = new TreeMap<>();
        for (ProjectSum sum : sums) {
            total.add(sum.type(), sum.fen());
            bySource.computeIfAbsent(sum.source(), key -> new Figures()).add(sum.type(), sum.fen());
            byProject.computeIfAbsent(sum.projectId(), key -> new Figures()).add(sum.type(), sum.fen());
        }
        return new SpendingProgressView(jurisdictionCode, asOf, total.allocated(), total.disbursed(),
                total.progressPercent(), lines(bySource), lines(byProject), units);
    }

    /** The jurisdiction's lines per project and source, and the database's own per-source totals, as of an instant. */
    Mono<ReconciliationReport> reconciliation(String jurisdictionCode, String jurisdictionPrefix, Instant asOf) {
        String where = " FROM " + sums(asOf) + " WHERE jurisdiction_code LIKE :prefix"
                + " AND entry_type IN ('ALLOCATION', 'DISBURSEMENT', 'CLAWBACK', 'EXPENDITURE')"
                + (asOf == null ? "" : " AND recorded_at <= :asOf");
        Mono<List<Reconciliation.ProjectSum>> projects = bindAsOf(r2dbc.sql("SELECT project_id, source, entry_type, "
                + "sum(amount_fen) AS total" + where + " GROUP BY project_id, source, entry_type"), jurisdictionPrefix, asOf)
                .map((row, meta) -> new Reconciliation.ProjectSum(row.get("project_id", String.class), row.get("source", String.class),
                        row.get("entry_type", String.class), row.get("total", Number.class).longValue()))
                .all()
                .collectList();
        Mono<List<Reconciliation.SourceSum>> totals = bindAsOf(r2dbc.sql("SELECT source, entry_type, sum(amount_fen) AS total"
                + where + " GROUP BY source, entry_type"), jurisdictionPrefix, asOf)
                .map((row, meta) -> new Reconciliation.SourceSum(row.get("source", String.class), row.get("entry_type", String.class),
                        row.get("total", Number.class).longValue()))
                .all()
                .collectList();
        // Funds: every fund's sums are read (there are a few per source, year and division), those held inside the
        // jurisdiction are checked; the projects' view of what each county fund gave them, for projects inside it.
        Mono<List<Reconciliation.FundSum>> funds = bindAsOf(r2dbc.sql("SELECT fund_id, fund_level, source, entry_type, counterparty, "
                + "holder_code LIKE :prefix AS in_scope, sum(amount_fen) AS total FROM fund_ledger_entry"
                + (asOf == null ? "" : " WHERE recorded_at <= :asOf")
                + " GROUP BY fund_id, fund_level, source, entry_type, counterparty, holder_code"), fundPrefix(jurisdictionCode, jurisdictionPrefix), asOf)
                .map((row, meta) -> new Reconciliation.FundSum(row.get("fund_id", String.class), row.get("fund_level", String.class),
                        row.get("source", String.class), row.get("entry_type", String.class), row.get("counterparty", String.class),
                        row.get("total", Number.class).longValue(), Boolean.TRUE.equals(row.get("in_scope", Boolean.class))))
                .all()
                .collectList();
        Mono<List<Reconciliation.FundedProjectSum>> funded = bindAsOf(r2dbc.sql("SELECT fund_id, project_id, sum(amount_fen) AS total"
                + " FROM " + sums(asOf) + " WHERE jurisdiction_code LIKE :prefix AND fund_id IS NOT NULL AND entry_type = 'ALLOCATION'"
                + (asOf == null ? "" : " AND recorded_at <= :asOf") + " GROUP BY fund_id, project_id"), jurisdictionPrefix, asOf)
                .map((row, meta) -> new Reconciliation.FundedProjectSum(row.get("fund_id", String.class),
                        row.get("project_id", String.class), row.get("total", Number.class).longValue()))
                .all()
                .collectList();
        // Approved budgets plus override decisions (V142): the cap each project's net allocations are checked against.
        String capTime = asOf == null ? "" : " AND o.recorded_at <= :asOf";
        Mono<List<Reconciliation.ProjectCap>> caps = bindAsOf(r2dbc.sql("SELECT a.project_id, a.budget_fen + coalesce(sum(o.amount_fen), 0) AS cap"
                + " FROM funding_approval a LEFT JOIN funding_budget_override o ON o.project_id = a.project_id" + capTime
                + " WHERE a.jurisdiction_code LIKE :prefix" + (asOf == null ? "" : " AND a.recorded_at <= :asOf")
                + " GROUP BY a.project_id, a.budget_fen"), jurisdictionPrefix, asOf)
                .map((row, meta) -> new Reconciliation.ProjectCap(row.get("project_id", String.class), row.get("cap", Number.class).longValue()))
                .all()
                .collectList();
        return Mono.zip(projects, totals, funds, funded, caps)
                .map(all -> Reconciliation.report(jurisdictionCode, asOf, all.getT1(), all.getT2(), all.getT3(), all.getT4(), all.getT5()));
    }

    /** Funds are held under their holder's code; the national code 100000 (central funds) reconciles every fund. */
    private static String fundPrefix(String jurisdictionCode, String jurisdictionPrefix) {
        return jurisdictionCode.equals(org.renewalledger.kernel.funding.FundId.NATIONAL.value()) ? "" : jurisdictionPrefix;
    }

    /**
     * Spending progress per implementing unit (the recipient of tranches): its allocation is the allocations of
     * the projects it received tranches for, its disbursed the tranches paid to it net of reversals. Clawbacks
     * are recovered from a project's ledger, not from a named unit, so they show per project and source only.
     */
    private Mono<List<SpendingProgressView.Line>> unitProgress(String jurisdictionPrefix, Instant asOf) {
        String time = asOf == null ? "" : " AND recorded_at <= :asOf";
        String table = sums(asOf);
        DatabaseClient.GenericExecuteSpec sql = r2dbc.sql("WITH units AS (SELECT DISTINCT project_id, recipient FROM " + table
                        + " WHERE jurisdiction_code LIKE :prefix AND entry_type = 'DISBURSEMENT' AND recipient IS NOT NULL" + time + "),"
                        + " allocated AS (SELECT project_id, sum(amount_fen) AS fen FROM " + table
                        + " WHERE jurisdiction_code LIKE :prefix AND entry_type = 'ALLOCATION'" + time + " GROUP BY project_id),"
                        + " paid AS (SELECT project_id, recipient, sum(amount_fen) AS fen FROM " + table
                        + " WHERE jurisdiction_code LIKE :prefix AND entry_type = 'DISBURSEMENT'" + time + " GROUP BY project_id, recipient)"
                        + " SELECT u.recipient, coalesce(sum(a.fen), 0) AS allocated, coalesce(sum(p.fen), 0) AS disbursed FROM units u"
                        + " LEFT JOIN allocated a ON a.project_id = u.project_id"
                        + " LEFT JOIN paid p ON p.project_id = u.project_id AND p.recipient = u.recipient"
                        + " GROUP BY u.recipient ORDER BY u.recipient")
                .bind("prefix", jurisdictionPrefix + "%");
        if (asOf != null) {
            sql = sql.bind("asOf", asOf.atOffset(ZoneOffset.UTC));
        }
        return sql.map((row, meta) -> {
                    Figures figures = new Figures();
                    figures.add("ALLOCATION", row.get("allocated", Number.class).longValue());
                    figures.add("DISBURSEMENT", row.get("disbursed", Number.class).longValue());
                    return new SpendingProgressView.Line(row.get("recipient", String.class), figures.allocated(), figures.disbursed(),
                            figures.progressPercent());
                })
                .all()
                .collectList();
    }

    /**
     * Where a jurisdiction's sums come from: now, the figures the projection keeps as rows (a few per project, with the
     * columns these reads group by); as of an instant, the ledger lines recorded by then, which are the history.
     */
    private static String sums(Instant asOf) {
        return asOf == null ? "funding_figure" : "funding_ledger_entry";
    }

    private static DatabaseClient.GenericExecuteSpec bindAsOf(DatabaseClient.GenericExecuteSpec sql, String prefix, Instant asOf) {
        DatabaseClient.GenericExecuteSpec bound = sql.bind("prefix", prefix + "%");
        return asOf == null ? bound : bound.bind("asOf", asOf.atOffset(ZoneOffset.UTC));
    }

    private static List<SpendingProgressView.Line> lines(Map<String, Figures> figures) {
        return figures.entrySet().stream()
                .map(e -> new SpendingProgressView.Line(e.getKey(), e.getValue().allocated(), e.getValue().disbursed(),
                        e.getValue().progressPercent()))
                .toList();
    }

    private record ProjectSum(String projectId, String source, String type, long fen) {
    }

    /** A kept figure regrouped by project, source and type, and the unit paid (disbursements). */
    private record KeptSum(ProjectSum sum, String recipient) {
    }

    private record Sum(String type, String source, String milestone, String jurisdiction, long fen) {
    }

    private static ProjectFundingView projectView(String projectId, Instant asOf, List<Sum> sums) {
        Figures total = new Figures();
        Map<FundingSource, Figures> bySource = new TreeMap<>();
        Set<FundingMilestone> milestones = EnumSet.noneOf(FundingMilestone.class);
        String jurisdiction = null;
        for (Sum sum : sums) {
            jurisdiction = sum.jurisdiction();
            if (sum.milestone() != null) {
                milestones.add(FundingMilestone.valueOf(sum.milestone()));
            }
            if (sum.source() != null) {
                total.add(sum.type(), sum.fen());
                bySource.computeIfAbsent(FundingSource.valueOf(sum.source()), key -> new Figures()).add(sum.type(), sum.fen());
            }
        }
        List<ProjectFundingView.SourceLine> lines = new ArrayList<>();
        bySource.forEach((source, figures) -> lines.add(new ProjectFundingView.SourceLine(source.name(), figures.allocated(),
                figures.disbursed(), figures.clawedBack(), figures.spent(), figures.available(), figures.progressPercent())));
        return new ProjectFundingView(projectId, jurisdiction, asOf, total.allocated(), total.disbursed(), total.clawedBack(),
                total.spent(), total.available(), total.progressPercent(), milestones.stream().map(Enum::name).toList(), lines);
    }

    private static LedgerEntryView toEntry(Readable row) {
        Long amount = row.get("amount_fen", Long.class);
        return new LedgerEntryView(
                row.get("project_id", String.class),
                row.get("sequence_number", Long.class),
                row.get("line", Integer.class),
                row.get("global_position", Long.class),
                row.get("event_id", String.class),
                row.get("event_type", String.class),
                row.get("entry_id", String.class),
                row.get("entry_type", String.class),
                row.get("jurisdiction_code", String.class),
                row.get("source", String.class),
                Figures.yuan(amount),
                row.get("recipient", String.class),
                row.get("tranche", Integer.class),
                row.get("rule", String.class),
                row.get("milestone", String.class),
                row.get("note", String.class),
                row.get("reverses_entry_id", String.class),
                row.get("idempotency_key", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant(),
                row.get("actor_id", String.class),
                row.get("actor_role", String.class),
                row.get("actor_jurisdiction", String.class),
                row.get("correlation_id", String.class),
                row.get("causation_id", String.class),
                row.get("policy_version", String.class));
    }
}
