package org.renewalledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.policy.EscalationPolicy;
import org.renewalledger.command.policy.RewardPolicy;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.review.DecideRewardCommand;
import org.renewalledger.kernel.review.Reward;
import org.renewalledger.kernel.review.RewardDecidedEvent;
import org.renewalledger.kernel.review.RewardProposalWithdrawnEvent;
import org.renewalledger.kernel.review.RewardProposedEvent;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.review.Measure;
import org.renewalledger.kernel.review.MeasureProposalWithdrawnEvent;
import org.renewalledger.kernel.review.MeasureProposedEvent;
import org.renewalledger.kernel.review.RecordPublishedStandingCommand;
import org.renewalledger.kernel.review.StandingId;
import org.renewalledger.kernel.review.StandingRecordedEvent;

/**
 * One unit's published standings in its jurisdiction's monthly ranking, on which the escalation ladder
 * counts. The counts are kept per month, not per publication, so a reissue of a month replaces that month's
 * standing and never counts twice; a repeated or older issue changes nothing (the tracking handler may
 * deliver an assessment again). Whenever a month's standing changes, that month and every later one are
 * re-evaluated (their "running" counts depend on it): a proposal that no longer holds is withdrawn and the
 * new one proposed; an unchanged proposal is left alone. Rewards run beside the ladder the same way: an
 * excellent month proposes a commendation or priority funding ({@link RewardPolicy}), which the review office
 * grants or declines; a decided month is no longer re-evaluated.
 */
@Aggregate
class UnitStanding {

    @AggregateIdentifier
    private StandingId standingId;
    private ResponsibleUnit unit;
    private JurisdictionCode assessingJurisdiction;
    private final NavigableMap<YearMonth, Month> months = new TreeMap<>();
    private final Map<YearMonth, Measure> proposals = new HashMap<>();
    private final Map<YearMonth, Reward> rewardProposals = new HashMap<>();
    private final Map<YearMonth, Reward> rewardsDecided = new HashMap<>();

    private record Month(int issue, boolean lagging, Grade grade) {
    }

    UnitStanding() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPublishedStandingCommand command, EscalationPolicy ladder, RewardPolicy rewards) {
        Month known = months.get(command.month());
        if (known != null && known.issue() >= command.issue()) {
            return;
        }
        apply(new StandingRecordedEvent(command.standingId(), command.unit(), command.assessingJurisdiction(), command.month(),
                command.assessmentId(), command.issue(), command.rank(), command.lagging(), command.grade()));
        for (Map.Entry<YearMonth, Month> entry : months.tailMap(command.month(), true).entrySet()) {
            reevaluate(entry.getKey(), entry.getValue(), ladder, command);
            reevaluateReward(entry.getKey(), entry.getValue(), rewards, command);
        }
    }

    /** The review office decides a proposed reward once; the proposal must be the one standing for the month. */
    @CommandHandler
    void handle(DecideRewardCommand command) {
        if (rewardsDecided.containsKey(command.month())) {
            throw new DomainException(ErrorCode.REWARD_ALREADY_DECIDED, "The reward of " + command.month() + " was decided: "
                    + rewardsDecided.get(command.month()));
        }
        if (rewardProposals.get(command.month()) != command.reward()) {
            throw new DomainException(ErrorCode.REWARD_NOT_PROPOSED, "No " + command.reward() + " is proposed for "
                    + command.month() + " (proposed: " + rewardProposals.get(command.month()) + ")", "reward");
        }
        apply(new RewardDecidedEvent(standingId, unit, assessingJurisdiction, command.month(), command.reward(),
                command.granted(), command.note()));
    }

    /** As the ladder's measures: a month's reward follows its standing until the review office has decided it. */
    private void reevaluateReward(YearMonth month, Month standing, RewardPolicy rewards, RecordPublishedStandingCommand cause) {
        if (rewardsDecided.containsKey(month)) {
            return;
        }
        int running = excellentRunning(month);
        Optional<RewardPolicy.Proposal> proposal = rewards.propose(standing.grade(), standing.lagging(), running);
        Reward current = rewardProposals.get(month);
        if (Objects.equals(current, proposal.map(RewardPolicy.Proposal::reward).orElse(null))) {
            return;
        }
        if (current != null) {
            apply(new RewardProposalWithdrawnEvent(standingId, unit, assessingJurisdiction, month, standing.issue(), current,
                    "Issue " + cause.issue() + " of " + cause.month() + " changed the standing"));
        }
        proposal.ifPresent(p -> apply(new RewardProposedEvent(standingId, unit, assessingJurisdiction, month, standing.issue(),
                p.reward(), running, p.rule())));
    }

    /** Excellent months (not lagging) in a row ending with {@code month}; a month without a published standing breaks the run. */
    private int excellentRunning(YearMonth month) {
        int count = 0;
        for (YearMonth m = month; months.containsKey(m) && months.get(m).grade() == Grade.EXCELLENT && !months.get(m).lagging();
             m = m.minusMonths(1)) {
            count++;
        }
        return count;
    }

    private void reevaluate(YearMonth month, Month standing, EscalationPolicy ladder, RecordPublishedStandingCommand cause) {
        Optional<EscalationPolicy.Proposal> proposal = standing.lagging()
                ? ladder.propose(unit.kind(), running(month), inYear(month))
                : Optional.empty();
        Measure current = proposals.get(month);
        if (Objects.equals(current, proposal.map(EscalationPolicy.Proposal::measure).orElse(null))) {
            return;
        }
        if (current != null) {
            apply(new MeasureProposalWithdrawnEvent(standingId, unit, assessingJurisdiction, month, standing.issue(), current,
                    "Issue " + cause.issue() + " of " + cause.month() + " changed the counts"));
        }
        proposal.ifPresent(p -> apply(new MeasureProposedEvent(standingId, unit, assessingJurisdiction, month, standing.issue(),
                p.measure(), running(month), inYear(month), p.rule())));
    }

    /** Lagging months in a row ending with {@code month}; a month without a published standing breaks the run. */
    private int running(YearMonth month) {
        int count = 0;
        for (YearMonth m = month; months.containsKey(m) && months.get(m).lagging(); m = m.minusMonths(1)) {
            count++;
        }
        return count;
    }

    /** Lagging months in {@code month}'s calendar year, up to and including it. */
    private int inYear(YearMonth month) {
        return (int) months.subMap(YearMonth.of(month.getYear(), 1), true, month, true).values().stream()
                .filter(Month::lagging).count();
    }

    @EventSourcingHandler
    void on(StandingRecordedEvent event) {
        standingId = event.standingId();
        unit = event.unit();
        assessingJurisdiction = event.assessingJurisdiction();
        months.put(event.month(), new Month(event.issue(), event.lagging(), event.grade()));
    }

    @EventSourcingHandler
    void on(RewardProposedEvent event) {
        rewardProposals.put(event.month(), event.reward());
    }

    @EventSourcingHandler
    void on(RewardProposalWithdrawnEvent event) {
        rewardProposals.remove(event.month(), event.reward());
    }

    @EventSourcingHandler
    void on(RewardDecidedEvent event) {
        rewardsDecided.put(event.month(), event.reward());
    }

    @EventSourcingHandler
    void on(MeasureProposedEvent event) {
        proposals.put(event.month(), event.measure());
    }

    @EventSourcingHandler
    void on(MeasureProposalWithdrawnEvent event) {
        proposals.remove(event.month(), event.measure());
    }
}
