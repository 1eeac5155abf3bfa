package org.renewalledger.query.funding;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.renewalledger.kernel.funding.FundEntryView;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundView;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads {@code fund_ledger_entry} through R2DBC: a fund's rows up to an instant, summed into its figures. */
@Component
class FundLedgerReader {

    private final DatabaseClient r2dbc;

    FundLedgerReader(DatabaseClient r2dbc) {
        this.r2dbc = r2dbc;
    }

    Mono<Optional<FundView>> fund(FundId fundId, Instant asOf) {
        DatabaseClient.GenericExecuteSpec sql = r2dbc.sql("SELECT * FROM fund_ledger_entry WHERE fund_id = :fund"
                        + (asOf == null ? "" : " AND recorded_at <= :asOf") + " ORDER BY sequence_number")
                .bind("fund", fundId.value());
        if (asOf != null) {
            sql = sql.bind("asOf", asOf.atOffset(ZoneOffset.UTC));
        }
        return sql.map((row, meta) -> toEntry(row)).all().collectList()
                .map(entries -> entries.isEmpty() ? Optional.empty() : Optional.of(view(fundId, asOf, entries)));
    }

    private static FundView view(FundId fundId, Instant asOf, List<FundEntryView> entries) {
        long committed = 0;
        long received = 0;
        long allocated = 0;
        for (FundEntryView entry : entries) {
            long fen = entry.amount().movePointRight(2).longValueExact();
            switch (entry.entryType()) {
                case "COMMITMENT" -> committed += fen;
                case "RECEIPT" -> received += fen;
                case "ALLOCATION" -> allocated += fen;
                default -> { }
            }
        }
        return new FundView(fundId.value(), fundId.level().name(), fundId.holder(), fundId.source().name(), fundId.year(), asOf,
                Figures.yuan(committed), Figures.yuan(received), Figures.yuan(allocated),
                Figures.yuan(committed + received - allocated), entries);
    }

    private static FundEntryView toEntry(Readable row) {
        return new FundEntryView(
                row.get("sequence_number", Long.class),
                row.get("global_position", Long.class),
                row.get("event_type", String.class),
                row.get("entry_id", String.class),
                row.get("entry_type", String.class),
                Figures.yuan(row.get("amount_fen", Long.class)),
                row.get("counterparty", String.class),
                row.get("counterparty_entry_id", String.class),
                row.get("reverses_entry_id", String.class),
                row.get("note", String.class),
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
