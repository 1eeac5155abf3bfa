package org.renewalledger.query.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.dashboard.DashboardChanged;
import org.renewalledger.query.DashboardChanges;
import org.renewalledger.kernel.review.CaseClosedEvent;
import org.renewalledger.kernel.review.ConclusionIssuedEvent;
import org.renewalledger.kernel.review.EvidenceSubmittedEvent;
import org.renewalledger.kernel.review.FindMeasureProposalsQuery;
import org.renewalledger.kernel.review.FindOverdueRectificationsQuery;
import org.renewalledger.kernel.review.FindReviewCaseQuery;
import org.renewalledger.kernel.review.FindReviewCasesQuery;
import org.renewalledger.kernel.review.FindingRecordedEvent;
import org.renewalledger.kernel.review.MeasureIssuedEvent;
import org.renewalledger.kernel.review.MeasureProposalWithdrawnEvent;
import org.renewalledger.kernel.review.MeasureProposals;
import org.renewalledger.kernel.review.MeasureProposedEvent;
import org.renewalledger.kernel.review.FindRewardProposalsQuery;
import org.renewalledger.kernel.review.RewardDecidedEvent;
import org.renewalledger.kernel.review.RewardProposalWithdrawnEvent;
import org.renewalledger.kernel.review.RewardProposals;
import org.renewalledger.kernel.review.RewardProposedEvent;
import org.renewalledger.kernel.review.ObjectionDecidedEvent;
import org.renewalledger.kernel.review.ObjectionLodgedEvent;
import org.renewalledger.kernel.review.OverdueRectifications;
import org.renewalledger.kernel.review.RectificationOrderedEvent;
import org.renewalledger.kernel.review.RectificationVerifiedEvent;
import org.renewalledger.kernel.review.ReferredForAccountabilityEvent;
import org.renewalledger.kernel.review.ReviewCaseEvent;
import org.renewalledger.kernel.review.ReviewCaseList;
import org.renewalledger.kernel.review.ReviewCaseView;
import org.renewalledger.kernel.review.UnitStandingEvent;
import org.springframework.stereotype.Component;

/**
 * The review read model: cases with every step (who, when, what), the ladder's proposals, and overdue
 * rectifications, which compare each deadline with today (Beijing date from the injected clock) when asked,
 * so nothing has to run at midnight to flag them. Every change also tells the dashboards' subscribers.
 */
@Component
@ProcessingGroup(ReviewProjection.PROCESSING_GROUP)
class ReviewProjection {

    static final String PROCESSING_GROUP = "review-cases";

    private final ReviewCaseStore store;
    private final DashboardChanges changes;
    private final Clock clock;

    ReviewProjection(ReviewCaseStore store, DashboardChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    @EventHandler
    void on(FindingRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.open(event, at, actorId, sequence);
        step(event, sequence, "FINDING_RECORDED", null, 0, event.finding(), at, actorId, role, correlationId);
    }

    @EventHandler
    void on(ConclusionIssuedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, "status = 'CONCLUDED', conclusion_on = ?, objection_deadline = ?",
                ReviewCaseStore.date(event.issuedOn()), ReviewCaseStore.date(event.objectionDeadline()));
        step(event, sequence, "CONCLUSION_ISSUED", null, 0, event.conclusion(), at, actorId, role, correlationId);
    }

    @EventHandler
    void on(MeasureIssuedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, "status = status");
        step(event, sequence, "MEASURE_ISSUED", event.measure().name(), event.pointsHundredths(), event.note(), at, actorId, role,
                correlationId);
    }

    @EventHandler
    void on(RectificationOrderedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence,
                "status = 'RECTIFICATION_ORDERED', rectification_requirement = ?, rectification_deadline = ?",
                event.requirement(), ReviewCaseStore.date(event.deadline()));
        step(event, sequence, "RECTIFICATION_ORDERED", null, 0, event.requirement() + " (" + event.deadline() + ")", at, actorId,
                role, correlationId);
    }

    @EventHandler
    void on(EvidenceSubmittedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, "status = 'EVIDENCE_SUBMITTED'");
        step(event, sequence, event.late() ? "EVIDENCE_SUBMITTED_LATE" : "EVIDENCE_SUBMITTED", null, 0, event.evidence(), at,
                actorId, role, correlationId);
    }

    @EventHandler
    void on(RectificationVerifiedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, event.accepted() ? "status = 'RECTIFIED'" : "status = 'RECTIFICATION_ORDERED'");
        step(event, sequence, event.accepted() ? "RECTIFICATION_ACCEPTED" : "RECTIFICATION_REJECTED", null, 0, event.note(), at,
                actorId, role, correlationId);
    }

    @EventHandler
    void on(ObjectionLodgedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, "objection = 'PENDING', objection_decide_by = ?",
                ReviewCaseStore.date(event.decideBy()));
        step(event, sequence, "OBJECTION_LODGED", null, 0, event.grounds(), at, actorId, role, correlationId);
    }

    @EventHandler
    void on(ObjectionDecidedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, event.upheld() ? "objection = 'UPHELD'" : "objection = 'DISMISSED'");
        step(event, sequence, event.upheld() ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", null, 0, event.reasoning(), at, actorId,
                role, correlationId);
    }

    @EventHandler
    void on(ReferredForAccountabilityEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, "status = 'REFERRED'");
        step(event, sequence, "REFERRED_FOR_ACCOUNTABILITY", "ACCOUNTABILITY", 0, event.reason(), at, actorId, role, correlationId);
    }

    @EventHandler
    void on(CaseClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId, @MetaDataValue(MetaDataKeys.ACTOR_ROLE) String role,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.advance(event.caseId().value(), sequence, "status = 'CLOSED'");
        step(event, sequence, "CLOSED_" + event.outcome().name(), null, 0, event.note(), at, actorId, role, correlationId);
    }

    @EventHandler
    void on(MeasureProposedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.propose(event.assessingJurisdiction().value(), event.unit().id(), event.unit().kind().name(),
                event.unit().jurisdiction().value(), event.month().toString(), event.issue(), event.measure().name(),
                event.lagRunning(), event.lagInYear(), event.rule(), sequence);
        changed(event, "measure proposed", correlationId);
    }

    @EventHandler
    void on(MeasureProposalWithdrawnEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.withdraw(event.assessingJurisdiction().value(), event.unit().id(), event.month().toString(), sequence);
        changed(event, "measure proposal withdrawn", correlationId);
    }

    @EventHandler
    void on(RewardProposedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.proposeReward(event.assessingJurisdiction().value(), event.unit().id(), event.unit().kind().name(),
                event.unit().jurisdiction().value(), event.month().toString(), event.issue(), event.reward().name(),
                event.excellentRunning(), event.rule(), sequence);
        changed(event, "reward proposed", correlationId);
    }

    @EventHandler
    void on(RewardProposalWithdrawnEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.settleReward(event.assessingJurisdiction().value(), event.unit().id(), event.month().toString(), "WITHDRAWN",
                null, sequence);
        changed(event, "reward proposal withdrawn", correlationId);
    }

    @EventHandler
    void on(RewardDecidedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.CORRELATION_ID) String correlationId) {
        store.settleReward(event.assessingJurisdiction().value(), event.unit().id(), event.month().toString(),
                event.granted() ? "GRANTED" : "DECLINED", event.note(), sequence);
        changed(event, "reward decided", correlationId);
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    CompletableFuture<Optional<ReviewCaseView>> handle(FindReviewCaseQuery query) {
        return store.find(query.caseId().value(), today()).map(Optional::of).defaultIfEmpty(Optional.empty()).toFuture();
    }

    @QueryHandler
    CompletableFuture<ReviewCaseList> handle(FindReviewCasesQuery query) {
        return store.findWithin(query.within().prefix(), query.openOnly(), today()).map(ReviewCaseList::new).toFuture();
    }

    @QueryHandler
    CompletableFuture<OverdueRectifications> handle(FindOverdueRectificationsQuery query) {
        return store.overdue(query.within().prefix(), today()).toFuture();
    }

    @QueryHandler
    CompletableFuture<MeasureProposals> handle(FindMeasureProposalsQuery query) {
        return store.proposals(query.within().prefix(), query.includeWithdrawn()).toFuture();
    }

    @QueryHandler
    CompletableFuture<RewardProposals> handle(FindRewardProposalsQuery query) {
        return store.rewards(query.within().prefix(), query.includeWithdrawn()).toFuture();
    }

    private void step(ReviewCaseEvent event, long sequence, String kind, String measure, int points, String text, Instant at,
                      String actorId, String role, String correlationId) {
        store.step(event.caseId().value(), sequence, kind, measure, points, text, at, actorId, role);
        changes.announce(new DashboardChanged(event.unit().jurisdiction().value(), 0, kind, correlationId));
    }

    private void changed(UnitStandingEvent event, String cause, String correlationId) {
        JurisdictionCode unit = event.unit().jurisdiction();
        changes.announce(new DashboardChanged(unit.value(), 0, cause, correlationId));
    }

    private LocalDate today() {
        return ProgrammeTime.today(clock);
    }
}
