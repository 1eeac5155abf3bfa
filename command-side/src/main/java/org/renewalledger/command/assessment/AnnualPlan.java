package org.renewalledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.assessment.AnnualPlanSetEvent;
import org.renewalledger.kernel.assessment.PlanTargets;
import org.renewalledger.kernel.assessment.ListPlanCompoundsCommand;
import org.renewalledger.kernel.assessment.PlanCompoundsListedEvent;
import org.renewalledger.kernel.assessment.PlanTier;
import org.renewalledger.kernel.assessment.SetAnnualPlanCommand;
import org.renewalledger.kernel.common.DomainException;

/**
 * A unit's plan for one year (年度改造计划任务): set once, revised by later commands. Every revision is an event,
 * so the history of targets stays; the assessment measures against the latest. A revision identical to the
 * plan in force changes nothing and records nothing.
 */
@Aggregate
class AnnualPlan {

    @AggregateIdentifier
    private String planId;
    private SetAnnualPlanCommand current;

    AnnualPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(SetAnnualPlanCommand command) {
        requireSound(command.targets());
        if (current != null && current.equals(command)) {
            return command.planId();
        }
        apply(new AnnualPlanSetEvent(command.planId(), command.unit(), command.assessingJurisdiction(), command.year(),
                command.targets(), command.startsOn(), command.deadline()));
        return command.planId();
    }

    private static void requireSound(PlanTargets targets) {
        if (targets.compoundsToStart() < 0 || targets.compoundsToComplete() < 0 || targets.buildings() < 0
                || targets.households() < 0) {
            throw DomainException.invalid("targets", "Targets cannot be negative");
        }
        if (targets.floorArea() == null) {
            throw DomainException.invalid("floorArea", "floorArea is required");
        }
        if (targets.fundsToSpend() == null || targets.fundsToSpend().isNegative()) {
            throw DomainException.invalid("fundsToSpend", "fundsToSpend is required and cannot be negative");
        }
    }

    /**
     * Names the plan's compounds in their batches (a plan not set is not found): its starts are named compounds, so the
     * implement batch holds at least as many as the plan's compounds to start. Due by 31 December of the year
     * before; a later list is recorded as late.
     */
    @CommandHandler
    String handle(ListPlanCompoundsCommand command) {
        long implement = command.compounds().stream().filter(c -> c.tier() == PlanTier.IMPLEMENT).count();
        if (implement < current.targets().compoundsToStart()) {
            throw DomainException.invalid("compounds", "The plan starts " + current.targets().compoundsToStart()
                    + " compounds; the implement batch (实施) names only " + implement);
        }
        LocalDate dueOn = LocalDate.of(command.year() - 1, 12, 31);
        apply(new PlanCompoundsListedEvent(command.planId(), command.unit(), command.assessingJurisdiction(), command.year(),
                command.compounds(), command.listedOn(), dueOn, command.listedOn().isAfter(dueOn)));
        return command.planId();
    }

    @EventSourcingHandler
    void on(AnnualPlanSetEvent event) {
        planId = event.planId();
        current = new SetAnnualPlanCommand(event.planId(), event.unit(), event.assessingJurisdiction(), event.year(),
                event.targets(), event.startsOn(), event.deadline());
    }
}
