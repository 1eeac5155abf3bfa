package org.renewalledger.query.funding;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.funding.FindFundQuery;
import org.renewalledger.kernel.funding.FundEntryReversedEvent;
import org.renewalledger.kernel.funding.FundEvent;
import org.renewalledger.kernel.funding.FundView;
import org.renewalledger.kernel.funding.FundsAllocatedDownEvent;
import org.renewalledger.kernel.funding.FundsCommittedEvent;
import org.renewalledger.kernel.funding.FundsReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fund ledger read model: one row per fund event in {@code fund_ledger_entry}, with its metadata, its own
 * timestamp and its place in the stream and the store. A fund as of any instant is the sum of its rows recorded
 * by then. Idempotent ({@code ON CONFLICT (fund_id, sequence_number) DO NOTHING}); a replay rebuilds it.
 */
@Component
@ProcessingGroup(FundLedgerProjection.PROCESSING_GROUP)
class FundLedgerProjection {

    static final String PROCESSING_GROUP = "fund-ledger";

    private final JdbcTemplate jdbc;
    private final FundLedgerReader reader;

    FundLedgerProjection(JdbcTemplate jdbc, FundLedgerReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    @EventHandler
    void on(FundsCommittedEvent event, @Timestamp Instant at, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token, MetaData metaData) {
        insert(event, "FundsCommitted", "COMMITMENT", event.amount().fen(), null, null, null, null, at, sequence, eventId, token,
                metaData);
    }

    @EventHandler
    void on(FundsReceivedEvent event, @Timestamp Instant at, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token, MetaData metaData) {
        insert(event, "FundsReceived", "RECEIPT", event.amount().fen(), event.fromFund().value(), event.fromEntryId(), null,
                null, at, sequence, eventId, token, metaData);
    }

    @EventHandler
    void on(FundsAllocatedDownEvent event, @Timestamp Instant at, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token, MetaData metaData) {
        insert(event, "FundsAllocatedDown", "ALLOCATION", event.amount().fen(), event.recipient(), event.toEntryId(), null, null,
                at, sequence, eventId, token, metaData);
    }

    /** A reversal counts against the kind it reverses, negated, and keeps the counterparty of the entry it reverses. */
    @EventHandler
    void on(FundEntryReversedEvent event, @Timestamp Instant at, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token, MetaData metaData) {
        String counterparty = jdbc.query("SELECT counterparty FROM fund_ledger_entry WHERE fund_id = ? AND entry_id = ?",
                (row, n) -> row.getString(1), event.fundId().value(), event.reversedEntryId()).stream().findFirst().orElse(null);
        insert(event, "FundEntryReversed", event.reversedKind().name(), event.amount().negate().fen(), counterparty,
                event.counterpartEntryId(), event.reversedEntryId(), event.reason(), at, sequence, eventId, token, metaData);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM fund_ledger_entry");
    }

    @QueryHandler
    CompletableFuture<Optional<FundView>> handle(FindFundQuery query) {
        return reader.fund(query.fundId(), query.asOf()).toFuture();
    }

    private void insert(FundEvent event, String eventType, String entryType, long fen, String counterparty,
                        String counterpartyEntryId, String reverses, String note, Instant at, long sequence, String eventId,
                        TrackingToken token, MetaData metaData) {
        Long position = token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        jdbc.update("INSERT INTO fund_ledger_entry (fund_id, sequence_number, global_position, event_id, event_type, entry_id, "
                        + "entry_type, fund_level, holder_code, source, budget_year, amount_fen, counterparty, counterparty_entry_id, "
                        + "reverses_entry_id, note, idempotency_key, recorded_at, actor_id, actor_role, actor_jurisdiction, "
                        + "correlation_id, causation_id, policy_version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (fund_id, sequence_number) DO NOTHING",
                event.fundId().value(), sequence, position, eventId, eventType, event.entryId(), entryType,
                event.fundId().level().name(), event.fundId().scope().value(), event.fundId().source().name(), event.fundId().year(),
                fen, counterparty, counterpartyEntryId, reverses, note, event.idempotencyKey().value(), java.sql.Timestamp.from(at),
                text(metaData, MetaDataKeys.ACTOR_ID), text(metaData, MetaDataKeys.ACTOR_ROLE),
                text(metaData, MetaDataKeys.ACTOR_JURISDICTION), text(metaData, MetaDataKeys.CORRELATION_ID),
                text(metaData, MetaDataKeys.CAUSATION_ID), text(metaData, MetaDataKeys.POLICY_VERSION));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
