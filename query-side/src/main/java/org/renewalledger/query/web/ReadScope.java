package org.renewalledger.query.web;

import java.time.Duration;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.ProjectId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one place reads are scoped by jurisdiction (docs/SECURITY.md): every query endpoint asks here before
 * it queries. A street office reads its own compounds, a county's offices their county, a province its
 * province; a read outside the caller's jurisdiction is a 403 whatever the role. Reads that name no
 * jurisdiction default to the caller's own. A record that does not exist yet passes, so the query answers
 * its usual 404. The roles bound to what they answer for (contracted units, an owners' committee) read only what
 * they are bound to.
 *
 * <p>Reading your own writes: a compound or project the event store already holds but the read models do not show
 * yet (registered a moment ago, the projection a few hundred milliseconds behind) is waited for, up to
 * {@link #CATCH_UP}, so the read right after a 201 finds it instead of answering 404. Only names the store holds
 * wait: an unknown one answers 404 at once.
 */
@Component
public class ReadScope {

    static final Duration CATCH_UP = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(20);

    private final DatabaseClient r2dbc;

    ReadScope(DatabaseClient r2dbc) {
        this.r2dbc = r2dbc;
    }

    /** The jurisdiction a read names ({@code field}), or the caller's own when it names none; 403 outside. */
    public static JurisdictionCode within(Actor actor, String field, String value) {
        if (value == null || value.isBlank()) {
            return actor.jurisdiction();
        }
        JurisdictionCode target = JurisdictionCode.parse(field, value);
        require(actor, target);
        return target;
    }

    /** The jurisdiction a read names in its {@code within} parameter, or the caller's own; 403 outside. */
    public static JurisdictionCode within(Actor actor, String within) {
        return within(actor, "within", within);
    }

    public static void require(Actor actor, JurisdictionCode target) {
        if (actor == null || !actor.jurisdiction().covers(target)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, actor == null ? ErrorCode.ACCESS_DENIED.title()
                    : "Jurisdiction " + actor.jurisdiction() + " does not cover " + target);
        }
    }

    /** Whether the caller's jurisdiction covers the given division code. */
    public static boolean sees(Actor actor, String jurisdiction) {
        return actor.jurisdiction().covers(JurisdictionCode.of(jurisdiction));
    }

    /**
     * Completes when the caller may read the compound (its street office is inside their jurisdiction; for a bound
     * role, the compound is one it is bound to).
     */
    public Mono<Void> compound(Actor actor, CompoundId compound) {
        Mono<String> streetOffice = r2dbc.sql("SELECT street_office_code FROM compound_view WHERE compound_id = :id")
                .bind("id", compound.value())
                .map((row, meta) -> row.get("street_office_code", String.class))
                .one();
        return caughtUp(streetOffice, compound.value())
                .doOnNext(code -> require(actor, JurisdictionCode.of(code)))
                .then(boundToCompound(actor, compound));
    }

    /**
     * Completes when the caller may read the project's funding (every jurisdiction it was funded under; for a bound
     * role, a project it is contracted on, or its committee's compound's).
     */
    public Mono<Void> project(Actor actor, ProjectId project) {
        Mono<java.util.List<String>> jurisdictions = r2dbc.sql(
                        "SELECT DISTINCT jurisdiction_code FROM funding_ledger_entry WHERE project_id = :id")
                .bind("id", project.value())
                .map((row, meta) -> row.get("jurisdiction_code", String.class))
                .all()
                .collectList()
                .filter(codes -> !codes.isEmpty());
        return caughtUp(jurisdictions, project.value())
                .flatMapIterable(codes -> codes)
                .doOnNext(code -> require(actor, JurisdictionCode.of(code)))
                .then(boundToProject(actor, project));
    }

    /**
     * The read model's answer, or, when it has none but the event store holds the aggregate, the answer once the
     * read model has caught up with it (empty after {@link #CATCH_UP}).
     */
    private <T> Mono<T> caughtUp(Mono<T> read, String aggregateId) {
        return read.switchIfEmpty(Mono.defer(() -> r2dbc.sql("SELECT 1 FROM domainevententry WHERE aggregateidentifier = :id LIMIT 1")
                .bind("id", aggregateId)
                .map((row, meta) -> true)
                .one()
                .flatMap(stored -> read.repeatWhenEmpty(attempts -> attempts.delayElements(POLL))
                        .timeout(CATCH_UP, Mono.empty())
                        // the read goes on off the timer's thread: the scheduler's few threads must not run queries
                        .publishOn(Schedulers.boundedElastic()))));
    }

    /** The roles that read only where a recorded binding puts them, as they act (docs/SECURITY.md). */
    public static boolean bound(Actor actor) {
        return actor != null && (actor.role() == Role.IMPLEMENTING_ENTITY || actor.role() == Role.UTILITY_COMPANY
                || actor.role() == Role.OWNERS_COMMITTEE);
    }

    private Mono<Void> boundToCompound(Actor actor, CompoundId compound) {
        if (!bound(actor)) {
            return Mono.empty();
        }
        String sql = actor.role() == Role.OWNERS_COMMITTEE
                ? "SELECT count(*) AS n FROM access_committee_binding WHERE compound_id = :target AND committee_id = :user"
                : "SELECT count(*) AS n FROM access_contract_binding WHERE compound_id = :target AND contractor_id = :user AND role = :role";
        return requireBinding(actor, sql, compound.value(), "compound");
    }

    private Mono<Void> boundToProject(Actor actor, ProjectId project) {
        if (!bound(actor)) {
            return Mono.empty();
        }
        String sql = actor.role() == Role.OWNERS_COMMITTEE
                ? "SELECT count(*) AS n FROM access_committee_binding b JOIN funding_compound_link l ON l.compound_id = b.compound_id "
                        + "WHERE l.project_id = :target AND b.committee_id = :user"
                : "SELECT count(*) AS n FROM access_contract_binding WHERE project_id = :target AND contractor_id = :user AND role = :role";
        return requireBinding(actor, sql, project.value(), "project");
    }

    private Mono<Void> requireBinding(Actor actor, String sql, String target, String kind) {
        DatabaseClient.GenericExecuteSpec spec = r2dbc.sql(sql).bind("target", target).bind("user", actor.userId());
        if (sql.contains(":role")) {
            spec = spec.bind("role", actor.role().name());
        }
        return spec.map((row, meta) -> row.get("n", Long.class)).one()
                .filter(count -> count > 0)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.ACCESS_DENIED,
                        actor.userId() + " (" + actor.role() + ") is not bound to " + kind + " " + target)))
                .then();
    }
}
