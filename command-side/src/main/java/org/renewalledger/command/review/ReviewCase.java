package org.renewalledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.policy.ReviewPolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.review.CaseClosedEvent;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.CaseOutcome;
import org.renewalledger.kernel.review.CloseCaseCommand;
import org.renewalledger.kernel.review.ConclusionIssuedEvent;
import org.renewalledger.kernel.review.DecideObjectionCommand;
import org.renewalledger.kernel.review.EvidenceSubmittedEvent;
import org.renewalledger.kernel.review.FindingRecordedEvent;
import org.renewalledger.kernel.review.IssueConclusionCommand;
import org.renewalledger.kernel.review.IssueMeasureCommand;
import org.renewalledger.kernel.review.LodgeObjectionCommand;
import org.renewalledger.kernel.review.MeasureIssuedEvent;
import org.renewalledger.kernel.review.ObjectionDecidedEvent;
import org.renewalledger.kernel.review.ObjectionLodgedEvent;
import org.renewalledger.kernel.review.OrderRectificationCommand;
import org.renewalledger.kernel.review.RecordFindingCommand;
import org.renewalledger.kernel.review.RectificationOrderedEvent;
import org.renewalledger.kernel.review.RectificationVerifiedEvent;
import org.renewalledger.kernel.review.ReferForAccountabilityCommand;
import org.renewalledger.kernel.review.ReferredForAccountabilityEvent;
import org.renewalledger.kernel.review.SubmitEvidenceCommand;
import org.renewalledger.kernel.review.VerifyRectificationCommand;

/**
 * One disciplinary review case (督查): finding → written conclusion → (objection within the policy's days,
 * decided within its days) → measures and a rectification order with a deadline → evidence → verification →
 * closed, or referred for accountability. The office's steps are taken by the assessing jurisdiction's
 * discipline office (and its housing bureau where {@code CommandPermissions} lets it issue measures), never by
 * the unit under review; evidence and objections come from the unit itself. Today is the Beijing date of the
 * injected clock.
 */
@Aggregate
class ReviewCase {

    /** The steps the unit under review takes itself; the office takes every other. */
    private static final Set<Class<?>> THE_UNITS_STEPS = Set.of(LodgeObjectionCommand.class, SubmitEvidenceCommand.class);

    @AggregateIdentifier
    private CaseId caseId;
    private ResponsibleUnit unit;
    private JurisdictionCode assessingJurisdiction;
    private LocalDate objectionDeadline;
    private boolean concluded;
    private ObjectionState objection = ObjectionState.NONE;
    private LocalDate decideBy;
    private RectificationState rectification = RectificationState.NONE;
    private LocalDate rectificationDeadline;
    private boolean ended;

    private enum ObjectionState { NONE, PENDING, UPHELD, DISMISSED }

    private enum RectificationState { NONE, ORDERED, EVIDENCE_SUBMITTED, ACCEPTED }

    ReviewCase() {
    }

    @CommandHandler
    ReviewCase(RecordFindingCommand command, MetaData metaData) {
        Actor actor = Actor.fromMetaData(metaData);
        if (isTheUnit(actor, command.unit())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "A unit does not record findings on itself");
        }
        apply(new FindingRecordedEvent(command.caseId(), command.unit(), command.assessingJurisdiction(), command.finding(),
                command.month()));
    }

    @CommandHandler
    void handle(IssueConclusionCommand command, Clock clock, ReviewPolicy policy) {
        requireOpen();
        if (concluded) {
            throw outOfOrder("The written conclusion was already issued; it is not issued twice");
        }
        LocalDate today = today(clock);
        apply(new ConclusionIssuedEvent(caseId, unit, command.conclusion(), today, policy.objectionDeadline(today)));
    }

    @CommandHandler
    void handle(LodgeObjectionCommand command, Clock clock, ReviewPolicy policy) {
        requireOpen();
        if (!concluded) {
            throw outOfOrder("There is no written conclusion to object to yet");
        }
        if (objection != ObjectionState.NONE) {
            throw outOfOrder("The unit has already objected to this conclusion");
        }
        LocalDate today = today(clock);
        if (today.isAfter(objectionDeadline)) {
            throw new DomainException(ErrorCode.OBJECTION_PERIOD_OVER, "Objections to this conclusion were due by "
                    + objectionDeadline + " (" + policy.version() + ": " + policy.objectionDays() + " days)");
        }
        apply(new ObjectionLodgedEvent(caseId, unit, command.grounds(), today, policy.decisionDeadline(today)));
    }

    @CommandHandler
    void handle(DecideObjectionCommand command, Clock clock) {
        requireOpen();
        if (objection != ObjectionState.PENDING) {
            throw outOfOrder("No objection awaits a decision");
        }
        LocalDate today = today(clock);
        apply(new ObjectionDecidedEvent(caseId, unit, command.upheld(), command.reasoning(), today, !today.isAfter(decideBy)));
        if (command.upheld()) {
            apply(new CaseClosedEvent(caseId, unit, CaseOutcome.OBJECTION_UPHELD, command.reasoning(), today));
        }
    }

    @CommandHandler
    void handle(IssueMeasureCommand command, Clock clock) {
        requireActing();
        apply(new MeasureIssuedEvent(caseId, unit, command.measure(), command.note(), command.pointsHundredths(), today(clock)));
    }

    @CommandHandler
    void handle(OrderRectificationCommand command, Clock clock) {
        requireActing();
        if (rectification != RectificationState.NONE) {
            throw outOfOrder("Rectification was already ordered in this case (deadline " + rectificationDeadline + ")");
        }
        LocalDate today = today(clock);
        if (!command.deadline().isAfter(today)) {
            throw new DomainException(ErrorCode.RECTIFICATION_DEADLINE_INVALID,
                    "The deadline " + command.deadline() + " is not after today, " + today, "deadline");
        }
        apply(new RectificationOrderedEvent(caseId, unit, command.requirement(), today, command.deadline()));
    }

    @CommandHandler
    void handle(SubmitEvidenceCommand command, Clock clock, PolicyBook book, EvidenceRegister uploaded) {
        requireOpen();
        if (rectification != RectificationState.ORDERED) {
            throw outOfOrder(rectification == RectificationState.NONE ? "No rectification was ordered"
                    : "Evidence is already " + (rectification == RectificationState.ACCEPTED ? "accepted" : "awaiting verification"));
        }
        book.forJurisdiction(assessingJurisdiction).evidence()
                .requireFor("Rectification evidence (photos or scans of the work done)", command.attachments());
        uploaded.requireUploaded(command.attachments());
        LocalDate today = today(clock);
        apply(new EvidenceSubmittedEvent(caseId, unit, command.evidence(), today, today.isAfter(rectificationDeadline),
                command.attachments()));
    }

    @CommandHandler
    void handle(VerifyRectificationCommand command, Clock clock) {
        requireOpen();
        if (rectification != RectificationState.EVIDENCE_SUBMITTED) {
            throw outOfOrder("No evidence awaits verification");
        }
        apply(new RectificationVerifiedEvent(caseId, unit, command.accepted(), command.note(), today(clock)));
    }

    /**
     * Referral follows when the unit did not rectify: its order is past the deadline without accepted evidence,
     * or the conclusion ordered no rectification at all (the ladder's top rung refers straight away). Accepted
     * evidence, or an order still within its deadline or awaiting verification, is not grounds.
     */
    @CommandHandler
    void handle(ReferForAccountabilityCommand command, Clock clock) {
        requireActing();
        LocalDate today = today(clock);
        switch (rectification) {
            case ACCEPTED -> throw outOfOrder("The rectification was verified and accepted; close the case instead");
            case EVIDENCE_SUBMITTED -> throw outOfOrder("Evidence awaits verification; verify it first");
            case ORDERED -> {
                if (!today.isAfter(rectificationDeadline)) {
                    throw outOfOrder("The rectification deadline " + rectificationDeadline + " has not passed");
                }
            }
            case NONE -> { }
        }
        apply(new ReferredForAccountabilityEvent(caseId, unit, command.reason(), today));
    }

    @CommandHandler
    void handle(CloseCaseCommand command, Clock clock) {
        requireActing();
        CaseOutcome outcome = switch (rectification) {
            case ACCEPTED -> CaseOutcome.RECTIFIED;
            case NONE -> CaseOutcome.CONCLUDED_WITHOUT_RECTIFICATION;
            case ORDERED, EVIDENCE_SUBMITTED -> throw new DomainException(ErrorCode.RECTIFICATION_NOT_VERIFIED,
                    "The rectification ordered (deadline " + rectificationDeadline + ") has not been verified and accepted");
        };
        apply(new CaseClosedEvent(caseId, unit, outcome, command.note(), today(clock)));
    }

    @EventSourcingHandler
    void on(FindingRecordedEvent event) {
        caseId = event.caseId();
        unit = event.unit();
        assessingJurisdiction = event.assessingJurisdiction();
    }

    @EventSourcingHandler
    void on(ConclusionIssuedEvent event) {
        concluded = true;
        objectionDeadline = event.objectionDeadline();
    }

    @EventSourcingHandler
    void on(ObjectionLodgedEvent event) {
        objection = ObjectionState.PENDING;
        decideBy = event.decideBy();
    }

    @EventSourcingHandler
    void on(ObjectionDecidedEvent event) {
        objection = event.upheld() ? ObjectionState.UPHELD : ObjectionState.DISMISSED;
    }

    @EventSourcingHandler
    void on(RectificationOrderedEvent event) {
        rectification = RectificationState.ORDERED;
        rectificationDeadline = event.deadline();
    }

    @EventSourcingHandler
    void on(EvidenceSubmittedEvent event) {
        rectification = RectificationState.EVIDENCE_SUBMITTED;
    }

    @EventSourcingHandler
    void on(RectificationVerifiedEvent event) {
        rectification = event.accepted() ? RectificationState.ACCEPTED : RectificationState.ORDERED;
    }

    @EventSourcingHandler
    void on(ReferredForAccountabilityEvent event) {
        ended = true;
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        ended = true;
    }

    /** Measures, orders, referral and closure: after the conclusion, and not while an objection awaits its decision. */
    private void requireActing() {
        requireOpen();
        if (!concluded) {
            throw outOfOrder("The written conclusion has not been issued yet");
        }
        if (objection == ObjectionState.PENDING) {
            throw new DomainException(ErrorCode.OBJECTION_PENDING,
                    "The unit's objection is to be decided first (by " + decideBy + ")");
        }
    }

    private void requireOpen() {
        if (ended) {
            throw new DomainException(ErrorCode.REVIEW_CASE_ENDED, "Case " + caseId + " is closed or referred");
        }
    }

    /**
     * Who may take a step on a recorded case, checked before any of its handlers decides: the unit's own steps
     * (objecting, submitting evidence) are the unit's; every other step is the office's. Recording the finding
     * creates the case and checks its actor itself.
     */
    @CommandHandlerInterceptor
    void requireActorMayTakeStep(CommandMessage<?> command) {
        Actor actor = Actor.fromMetaData(command.getMetaData());
        if (THE_UNITS_STEPS.contains(command.getPayloadType())) {
            requireTheUnit(actor);
        } else {
            requireOffice(actor);
        }
    }

    /** The office's steps: an actor whose jurisdiction covers the assessing one, and who is not the unit under review. */
    private void requireOffice(Actor actor) {
        if (!actor.jurisdiction().covers(assessingJurisdiction)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "Jurisdiction " + actor.jurisdiction()
                    + " does not cover the case's " + assessingJurisdiction);
        }
        if (isTheUnit(actor, unit)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "The unit under review does not decide its own case");
        }
    }

    private void requireTheUnit(Actor actor) {
        if (!isTheUnit(actor, unit)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "Only unit " + unit.id() + " itself may do this");
        }
    }

    /**
     * Whether the actor speaks for the unit: a street office's own staff; a department's staff of that role in
     * its county ({@code 520523-HOUSING_BUREAU}); a county's housing bureau, which leads its programme.
     */
    static boolean isTheUnit(Actor actor, ResponsibleUnit unit) {
        return switch (unit.kind()) {
            case STREET_OFFICE -> actor.role() == Role.STREET_OFFICE && actor.jurisdiction().equals(unit.jurisdiction());
            case DEPARTMENT -> actor.jurisdiction().equals(unit.jurisdiction())
                    && unit.id().endsWith("-" + actor.role().name());
            case COUNTY -> actor.role() == Role.HOUSING_BUREAU && actor.jurisdiction().equals(unit.jurisdiction());
        };
    }

    private static DomainException outOfOrder(String detail) {
        return new DomainException(ErrorCode.REVIEW_STEP_OUT_OF_ORDER, detail);
    }

    private static LocalDate today(Clock clock) {
        return ProgrammeTime.today(clock);
    }
}
