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
import org.renewalledger.kernel.funding.FindFundLedgerQuery;
import org.renewalledger.kernel.funding.FindProjectFundingQuery;
import org.renewalledger.kernel.funding.FindProjectLedgerQuery;
import org.renewalledger.kernel.funding.FindSpendingProgressQuery;
import org.renewalledger.kernel.funding.FundingMilestoneRecordedEvent;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.LedgerHistory;
import org.renewalledger.kernel.funding.ProjectFundingView;
import org.renewalledger.kernel.funding.SpendingProgressView;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.springframework.stereotype.Component;

/**
 * The funding ledger read model and the auditor's trail: one row per funding event with its metadata
 * (actor, role, jurisdiction, correlation, causation, policy version), its own timestamp and its place in
 * the stream and the store. Figures as of any instant are sums over the rows recorded by then, which is
 * folding the events up to that instant; a replay rebuilds the table from the event store.
 */
@Component
@ProcessingGroup(FundingLedgerProjection.PROCESSING_GROUP)
class FundingLedgerProjection {

    static final String PROCESSING_GROUP = "funding-ledger";

    private final FundingLedgerStore store;

    FundingLedgerProjection(FundingLedgerStore store) {
        this.store = store;
    }

    @EventHandler
    void on(FundsAllocatedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(new LedgerRow(event.projectId().value(), sequence, position(token), eventId, event.entryId(),
                "ALLOCATION", event.jurisdiction().value(), event.source().name(), event.amount().fen(), null, null, null,
                null, event.idempotencyKey().value(), recordedAt, context(metaData)));
    }

    @EventHandler
    void on(SubsidyDisbursedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(new LedgerRow(event.projectId().value(), sequence, position(token), eventId, event.entryId(),
                "DISBURSEMENT", event.jurisdiction().value(), event.source().name(), event.amount().fen(), event.recipient(),
                event.tranche(), event.trancheRule(), null, event.idempotencyKey().value(), recordedAt, context(metaData)));
    }

    @EventHandler
    void on(FundingMilestoneRecordedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(new LedgerRow(event.projectId().value(), sequence, position(token), eventId, null, "MILESTONE",
                event.jurisdiction().value(), null, 0, null, null, null, event.milestone().name(), null, recordedAt,
                context(metaData)));
    }

    /** Before a replay: the table is derived data, so it starts empty and the events fill it again. */
    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    CompletableFuture<Optional<ProjectFundingView>> handle(FindProjectFundingQuery query) {
        return store.projectFunding(query.projectId().value(), query.asOf()).toFuture();
    }

    @QueryHandler
    CompletableFuture<LedgerHistory> handle(FindProjectLedgerQuery query) {
        return store.projectHistory(query.projectId().value()).toFuture();
    }

    @QueryHandler
    CompletableFuture<LedgerHistory> handle(FindFundLedgerQuery query) {
        return store.fundHistory(query.jurisdiction().prefix(), query.source().name(), query.after(), query.limit()).toFuture();
    }

    @QueryHandler
    CompletableFuture<SpendingProgressView> handle(FindSpendingProgressQuery query) {
        return store.spendingProgress(query.jurisdiction().value(), query.jurisdiction().prefix(), query.asOf()).toFuture();
    }

    private static Long position(TrackingToken token) {
        if (token == null || token.position().isEmpty()) {
            return null;
        }
        return token.position().getAsLong();
    }

    private static LedgerRow.EventContext context(MetaData metaData) {
        return new LedgerRow.EventContext(text(metaData, MetaDataKeys.ACTOR_ID), text(metaData, MetaDataKeys.ACTOR_ROLE),
                text(metaData, MetaDataKeys.ACTOR_JURISDICTION), text(metaData, MetaDataKeys.CORRELATION_ID),
                text(metaData, MetaDataKeys.CAUSATION_ID), text(metaData, MetaDataKeys.POLICY_VERSION));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
