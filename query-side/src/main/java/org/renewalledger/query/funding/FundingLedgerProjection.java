package org.renewalledger.query.funding;

import java.time.Instant;
import java.util.List;
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
import org.renewalledger.kernel.funding.AuditFindingRecordedEvent;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.ExpenditureRecordedEvent;
import org.renewalledger.kernel.funding.FindFundLedgerQuery;
import org.renewalledger.kernel.funding.FindProjectFundingQuery;
import org.renewalledger.kernel.funding.FindProjectLedgerQuery;
import org.renewalledger.kernel.funding.FindReconciliationQuery;
import org.renewalledger.kernel.funding.FindSpendingProgressQuery;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundingMilestoneRecordedEvent;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.FundsReceivedFromFundEvent;
import org.renewalledger.kernel.funding.LedgerHistory;
import org.renewalledger.kernel.funding.ProjectFundingEvent;
import org.renewalledger.kernel.funding.ProjectFundingView;
import org.renewalledger.kernel.funding.ReconciliationReport;
import org.renewalledger.kernel.funding.ResidentContributionRecordedEvent;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.SpendingProgressView;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.renewalledger.kernel.funding.UtilityCostSharedEvent;
import org.springframework.stereotype.Component;

/**
 * The funding ledger read model and the auditor's trail: one row per line of each funding event with its
 * metadata (actor, role, jurisdiction, correlation, causation, policy version), its own timestamp and its
 * place in the stream and the store. Figures as of any instant are sums over the rows recorded by then,
 * which is folding the events up to that instant; a replay rebuilds the table from the event store.
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
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "FundsAllocated", event.entryId(),
                "ALLOCATION", event.jurisdiction().value(), event.source().name(), event.amount().fen(),
                LedgerRow.Details.keyed(event.idempotencyKey().value())));
    }

    @EventHandler
    void on(ResidentContributionRecordedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "ResidentContributionRecorded",
                event.entryId(), "ALLOCATION", event.jurisdiction().value(), FundingSource.RESIDENT_CONTRIBUTION.name(),
                event.amount().fen(), LedgerRow.Details.keyed(event.idempotencyKey().value())
                        .note(event.households() + " households")));
    }

    @EventHandler
    void on(UtilityCostSharedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        LedgerRow.Place place = place(event, recordedAt, sequence, eventId, token, metaData);
        LedgerRow.Details details = LedgerRow.Details.keyed(event.idempotencyKey().value()).rule(event.rule())
                .recipient(event.utilityCompany())
                .note(event.work() + ", total " + event.totalCost());
        List<SourceAmount> shares = event.shares();
        for (int line = 0; line < shares.size(); line++) {
            store.insert(place.row(line, "UtilityCostShared", event.entryId(), "ALLOCATION", event.jurisdiction().value(),
                    shares.get(line).source().name(), shares.get(line).amount().fen(), details));
        }
    }

    @EventHandler
    void on(SubsidyDisbursedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "SubsidyDisbursed", event.entryId(),
                "DISBURSEMENT", event.jurisdiction().value(), event.source().name(), event.amount().fen(),
                LedgerRow.Details.keyed(event.idempotencyKey().value()).recipient(event.recipient())
                        .tranche(event.tranche(), event.trancheRule())));
    }

    @EventHandler
    void on(ExpenditureRecordedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "ExpenditureRecorded", event.entryId(),
                "EXPENDITURE", event.jurisdiction().value(), event.source().name(), event.amount().fen(),
                LedgerRow.Details.keyed(event.idempotencyKey().value()).recipient(event.payee()).note(event.purpose())));
    }

    @EventHandler
    void on(AuditFindingRecordedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "AuditFindingRecorded", event.entryId(),
                "FINDING", event.jurisdiction().value(), event.source().name(), event.amount().fen(),
                LedgerRow.Details.keyed(event.idempotencyKey().value()).note(event.finding())));
    }

    @EventHandler
    void on(FundsClawedBackEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "FundsClawedBack", event.entryId(),
                "CLAWBACK", event.jurisdiction().value(), event.source().name(), event.amount().fen(),
                LedgerRow.Details.keyed(event.idempotencyKey().value()).note("finding " + event.findingEntryId())));
    }

    /** A reversal counts against the kind it reverses, with negative amounts, so sums stay plain sums. */
    @EventHandler
    void on(EntryReversedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        LedgerRow.Place place = place(event, recordedAt, sequence, eventId, token, metaData);
        FundingLedgerStore.Details reversed = store.reversedEntry(event.projectId().value(), event.reversedEntryId());
        LedgerRow.Details details = LedgerRow.Details.keyed(event.idempotencyKey().value()).note(event.reason())
                .reverses(event.reversedEntryId()).recipient(reversed.recipient()).fund(reversed.fundId());
        List<SourceAmount> lines = event.lines();
        for (int line = 0; line < lines.size(); line++) {
            store.insert(place.row(line, "EntryReversed", event.entryId(), event.reversedKind().name(), event.jurisdiction().value(),
                    lines.get(line).source().name(), lines.get(line).amount().negate().fen(), details));
        }
    }

    /** An allocation from a county fund: an allocation like any other, naming the fund and its entry. */
    @EventHandler
    void on(FundsReceivedFromFundEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "FundsReceivedFromFund", event.entryId(),
                "ALLOCATION", event.jurisdiction().value(), event.source().name(), event.amount().fen(),
                LedgerRow.Details.keyed(event.idempotencyKey().value()).fund(event.fundId().value())
                        .note("from fund " + event.fundId() + ", entry " + event.fundEntryId())));
    }

    @EventHandler
    void on(FundingMilestoneRecordedEvent event, @Timestamp Instant recordedAt, @SequenceNumber long sequence,
            @MessageIdentifier String eventId, TrackingToken token, MetaData metaData) {
        store.insert(place(event, recordedAt, sequence, eventId, token, metaData).row(0, "FundingMilestoneRecorded", null,
                "MILESTONE", event.jurisdiction().value(), null, 0,
                LedgerRow.Details.keyed(null).milestone(event.milestone().name())));
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

    @QueryHandler
    CompletableFuture<ReconciliationReport> handle(FindReconciliationQuery query) {
        // The national code 100000 (the central funds' scope) covers every ledger.
        String prefix = query.jurisdiction().equals(FundId.NATIONAL) ? "" : query.jurisdiction().prefix();
        return store.reconciliation(query.jurisdiction().value(), prefix, query.asOf()).toFuture();
    }

    private static LedgerRow.Place place(ProjectFundingEvent event, Instant recordedAt, long sequence, String eventId,
                                         TrackingToken token, MetaData metaData) {
        Long position = token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        return new LedgerRow.Place(event.projectId().value(), sequence, position, eventId, recordedAt,
                text(metaData, MetaDataKeys.ACTOR_ID), text(metaData, MetaDataKeys.ACTOR_ROLE),
                text(metaData, MetaDataKeys.ACTOR_JURISDICTION), text(metaData, MetaDataKeys.CORRELATION_ID),
                text(metaData, MetaDataKeys.CAUSATION_ID), text(metaData, MetaDataKeys.POLICY_VERSION));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
