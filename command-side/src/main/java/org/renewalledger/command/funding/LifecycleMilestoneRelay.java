package org.renewalledger.command.funding;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.SchemeApprovedEvent;
import org.renewalledger.kernel.compound.SchemeSubmittedEvent;
import org.renewalledger.kernel.funding.RecordApprovedBudgetCommand;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.FundingLinkedToCompoundEvent;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.springframework.stereotype.Component;

/**
 * The funding context's process manager for the compound lifecycle: feeds the tranche-gating milestones
 * (construction started, completion accepted, final accounts submitted) into the funding ledgers linked to the
 * compound, so that {@code DisburseSubsidy} is gated on the project's real state; and the budget and funding plan
 * the compound's scheme was approved with, so that allocations are capped by it (docs/FUNDING.md). A tracking handler in its own
 * processing group, on one thread and one segment ({@code application.yml}), so links and milestones are handled
 * in the store's order: whichever comes second delivers the milestone, and a link recorded after a milestone
 * still gets it. An event handler rather than a saga: a saga per compound would have no event that ends it
 * (a ledger may be linked long after the milestones), and its state would sit in the saga store; the relay keeps
 * both sides in {@link FundedCompounds}, whose rows a replay of this processor writes again as no-ops.
 *
 * <p>Idempotent end to end: {@link FundedCompounds} takes each fact once, and the ledger records a milestone it
 * already knows as nothing, so a redelivery or a full replay of this processor sends commands that write no
 * event. The commands go out as the system actor {@value #ACTOR_ID} (an administrator of the project's county,
 * which {@code CommandPermissions} allows to record funding milestones), in this event's unit of work and
 * transaction: the ledger's event and the processor's token commit together, and the ledger's events keep the
 * lifecycle event's correlation id and name it as their cause.
 */
@Component
@ProcessingGroup(LifecycleMilestoneRelay.PROCESSING_GROUP)
class LifecycleMilestoneRelay {

    static final String PROCESSING_GROUP = "funding-milestone-relay";
    static final String ACTOR_ID = "lifecycle-milestone-relay";

    private static final Map<Milestone, FundingMilestone> GATES = Map.of(
            Milestone.CONSTRUCTION_STARTED, FundingMilestone.CONSTRUCTION_STARTED,
            Milestone.COMPLETION_ACCEPTED, FundingMilestone.COMPLETION_ACCEPTED,
            Milestone.FINAL_ACCOUNTS_SUBMITTED, FundingMilestone.FINAL_ACCOUNTS_SUBMITTED);

    private final FundedCompounds compounds;
    private final CommandGateway commands;

    LifecycleMilestoneRelay(FundedCompounds compounds, CommandGateway commands) {
        this.compounds = compounds;
        this.commands = commands;
    }

    @EventHandler
    void on(FundingLinkedToCompoundEvent event) {
        compounds.link(event.compoundId(), event.projectId(), event.jurisdiction());
        for (FundingMilestone milestone : compounds.milestonesOf(event.compoundId())) {
            send(event.projectId(), event.jurisdiction(), milestone);
        }
        compounds.approvalOf(event.compoundId()).ifPresent(approval ->
                sendApproval(event.projectId(), event.jurisdiction(), event.compoundId(), approval));
    }

    /** The funding plan by source: the approval that follows caps the ledgers with the plan's budget. */
    @EventHandler
    void on(SchemeSubmittedEvent event) {
        compounds.planned(event.compoundId(), event.funding().stream()
                .map(line -> new SourceAmount(line.source(), line.amount())).toList());
    }

    @EventHandler
    void on(SchemeApprovedEvent event) {
        compounds.approved(event.compoundId(), event.budget());
        FundedCompounds.ApprovedScheme approval = compounds.approvalOf(event.compoundId()).orElseThrow();
        for (FundedCompounds.FundingProject funding : compounds.projectsFunding(event.compoundId())) {
            sendApproval(funding.project(), funding.county(), event.compoundId(), approval);
        }
    }

    @EventHandler
    void on(MilestoneReachedEvent event) {
        FundingMilestone gate = GATES.get(event.milestone());
        if (gate == null) {
            return; // other delivery steps release no money
        }
        compounds.reached(event.compoundId(), gate);
        for (FundedCompounds.FundingProject funding : compounds.projectsFunding(event.compoundId())) {
            send(funding.project(), funding.county(), gate);
        }
    }

    private void sendApproval(ProjectId project, JurisdictionCode county, CompoundId compound, FundedCompounds.ApprovedScheme approval) {
        Actor relay = new Actor(ACTOR_ID, Role.ADMINISTRATOR, county);
        commands.sendAndWait(new GenericCommandMessage<>(new RecordApprovedBudgetCommand(project, county, compound,
                approval.budget(), approval.plan()), relay.asMetaData()));
    }

    private void send(ProjectId project, JurisdictionCode county, FundingMilestone milestone) {
        Actor relay = new Actor(ACTOR_ID, Role.ADMINISTRATOR, county);
        commands.sendAndWait(new GenericCommandMessage<>(new RecordFundingMilestoneCommand(project, county, milestone),
                relay.asMetaData()));
    }
}
