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
 * new one proposed; an unchanged proposal is left alone.
 */
@Aggregate
class UnitStanding {

    @AggregateIdentifier
    private StandingId standingId;
    private ResponsibleUnit unit;
    private JurisdictionCode assessingJurisdiction;
    private final NavigableMap<YearMonth, Month> months = new TreeMap<>();
    private final Map<YearMonth, Measure> proposals = new HashMap<>();

    private record Month(int issue, boolean lagging) {
    }

    UnitStanding() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPublishedStandingCommand command, EscalationPolicy ladder) {
        Month known = months.get(command.month());
        if (known != null && known.issue() >= command.issue()) {
            return;
        }
        apply(new StandingRecordedEvent(command.standingId(), command.unit(), command.assessingJurisdiction(), command.month(),
                command.assessmentId(), command.issue(), command.rank(), command.lagging()));
        for (Map.Entry<YearMonth, Month> entry : months.tailMap(command.month(), true).entrySet()) {
            reevaluate(entry.getKey(), entry.getValue(), ladder, command);
        }
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
        months.put(event.month(), new Month(event.issue(), event.lagging()));
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
