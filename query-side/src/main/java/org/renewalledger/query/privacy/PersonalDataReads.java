package org.renewalledger.query.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may read residents' personal data (names, masked phones), and the log of every such read (docs/SECURITY.md):
 * only the street office that collects the votes (its jurisdiction covers the compound's street office) and auditors
 * (their jurisdiction covers it too); each read states its purpose and is written to {@code personal_data_read}
 * (V141) before the answer leaves, so an answer without its row cannot happen. Auditors and the discipline office
 * query the log.
 */
@Component
public class PersonalDataReads {

    /** The header that may carry the purpose instead of the {@code purpose} parameter. */
    public static final String PURPOSE_HEADER = "X-Purpose";

    private final DatabaseClient r2dbc;
    private final Clock clock;

    PersonalDataReads(DatabaseClient r2dbc, Clock clock) {
        this.r2dbc = r2dbc;
        this.clock = clock;
    }

    /** One logged read, as auditors see it. */
    public record Read(long readId, OffsetDateTime readAt, String actorId, String actorRole, String actorJurisdiction,
                       String compoundId, String subject, String purpose, String correlationId) {
    }

    /**
     * Completes once the read is allowed and logged: the caller is the compound's street office or an auditor over it,
     * and states a purpose. A compound not yet known completes without a row (the query answers its 404).
     */
    public Mono<Void> allowAndLog(Actor actor, CompoundId compound, String subject, String purpose, String correlationId) {
        if (actor == null || (actor.role() != Role.STREET_OFFICE && actor.role() != Role.AUDITOR)) {
            return Mono.error(new DomainException(ErrorCode.ACCESS_DENIED, "Residents' personal data is read only by the "
                    + "street office that collects the votes and by auditors"));
        }
        if (purpose == null || purpose.isBlank()) {
            return Mono.error(new DomainException(ErrorCode.PURPOSE_REQUIRED, "State why you read residents' personal data: the "
                    + "purpose parameter or the " + PURPOSE_HEADER + " header", "purpose"));
        }
        String why = purpose.strip().length() > 500 ? purpose.strip().substring(0, 500) : purpose.strip();
        return r2dbc.sql("SELECT street_office_code FROM compound_view WHERE compound_id = :id")
                .bind("id", compound.value())
                .map((row, meta) -> row.get("street_office_code", String.class))
                .one()
                .flatMap(office -> {
                    if (!actor.jurisdiction().covers(JurisdictionCode.of(office))) {
                        return Mono.error(new DomainException(ErrorCode.ACCESS_DENIED,
                                "Jurisdiction " + actor.jurisdiction() + " does not cover " + office));
                    }
                    DatabaseClient.GenericExecuteSpec insert = r2dbc.sql("INSERT INTO personal_data_read (read_at, actor_id, "
                                    + "actor_role, actor_jurisdiction, compound_id, street_office_code, subject, purpose, correlation_id) "
                                    + "VALUES (:at, :actor, :role, :jurisdiction, :compound, :office, :subject, :purpose, :correlation)")
                            .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                            .bind("actor", actor.userId())
                            .bind("role", actor.role().name())
                            .bind("jurisdiction", actor.jurisdiction().value())
                            .bind("compound", compound.value())
                            .bind("office", office)
                            .bind("subject", subject)
                            .bind("purpose", why);
                    insert = correlationId == null ? insert.bindNull("correlation", String.class) : insert.bind("correlation", correlationId);
                    return insert.fetch().rowsUpdated();
                })
                .then();
    }

    /** The logged reads of compounds inside {@code within}, newest first, optionally of one compound. */
    public Flux<Read> within(JurisdictionCode within, String compoundId, int limit) {
        String sql = "SELECT read_id, read_at, actor_id, actor_role, actor_jurisdiction, compound_id, subject, purpose, correlation_id "
                + "FROM personal_data_read WHERE street_office_code LIKE :prefix"
                + (compoundId == null ? "" : " AND compound_id = :compound") + " ORDER BY read_id DESC LIMIT :limit";
        DatabaseClient.GenericExecuteSpec spec = r2dbc.sql(sql).bind("prefix", within.prefix() + "%").bind("limit", limit);
        if (compoundId != null) {
            spec = spec.bind("compound", compoundId);
        }
        return spec.map((row, meta) -> new Read(row.get("read_id", Long.class), row.get("read_at", OffsetDateTime.class),
                row.get("actor_id", String.class), row.get("actor_role", String.class), row.get("actor_jurisdiction", String.class),
                row.get("compound_id", String.class), row.get("subject", String.class), row.get("purpose", String.class),
                row.get("correlation_id", String.class))).all();
    }

    /** Auditors, the discipline office and administrators read the log; nobody else. */
    public static void requireOversight(Actor actor) {
        if (actor == null || !List.of(Role.AUDITOR, Role.DISCIPLINE_OFFICE, Role.ADMINISTRATOR).contains(actor.role())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "The log of personal data reads is for auditors");
        }
    }
}
