package org.renewalledger.infra.funding;

import org.renewalledger.infra.process.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.funding.FundingLinkedToCompoundEvent;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the compound lifecycle's tranche-gating milestones (construction started, completion accepted, final
 * accounts submitted) into the funding ledgers linked to the compound, so that {@code DisburseSubsidy} is gated
 * on the project's real state. A tracking processor on one thread and one segment, so links and milestones
 * are handled in the store's order: whichever comes second delivers the milestone, and a link recorded after
 * a milestone still gets it.
 *
 * <p>Idempotent end to end: the tables here take a row once ({@code ON CONFLICT DO NOTHING}), and the ledger
 * records a milestone it already knows as nothing, so a redelivery or a full replay of this processor sends
 * commands that write no event. The commands go out as the system actor {@value #ACTOR_ID} (an administrator
 * of the project's county, which {@code CommandPermissions} allows to record funding milestones); their
 * events keep the lifecycle event's correlation id and name it as their cause.
 */
@Component
@ConditionalOnExpression(ProcessRole.RUNS_COMMANDS) // it sends commands: it runs where they are handled
@ProcessingGroup(LifecycleMilestoneRelay.PROCESSING_GROUP)
class LifecycleMilestoneRelay {

    static final String PROCESSING_GROUP = "funding-milestone-relay";
    static final String ACTOR_ID = "lifecycle-milestone-relay";

    private static final Map<Milestone, FundingMilestone> GATES = Map.of(
            Milestone.CONSTRUCTION_STARTED, FundingMilestone.CONSTRUCTION_STARTED,
            Milestone.COMPLETION_ACCEPTED, FundingMilestone.COMPLETION_ACCEPTED,
            Milestone.FINAL_ACCOUNTS_SUBMITTED, FundingMilestone.FINAL_ACCOUNTS_SUBMITTED);

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    LifecycleMilestoneRelay(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(FundingLinkedToCompoundEvent event) {
        jdbc.update("INSERT INTO funding_compound_link (compound_id, project_id, jurisdiction_code) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", event.compoundId().value(), event.projectId().value(), event.jurisdiction().value());
        List<String> reached = jdbc.queryForList("SELECT milestone FROM funding_compound_milestone WHERE compound_id = ?",
                String.class, event.compoundId().value());
        for (String milestone : reached) {
            send(event.projectId(), event.jurisdiction(), FundingMilestone.valueOf(milestone));
        }
    }

    @EventHandler
    void on(MilestoneReachedEvent event) {
        Optional<FundingMilestone> gate = Optional.ofNullable(GATES.get(event.milestone()));
        if (gate.isEmpty()) {
            return; // other delivery steps release no money
        }
        jdbc.update("INSERT INTO funding_compound_milestone (compound_id, milestone) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.compoundId().value(), gate.get().name());
        jdbc.query("SELECT project_id, jurisdiction_code FROM funding_compound_link WHERE compound_id = ? ORDER BY project_id",
                (row, n) -> Map.entry(row.getString("project_id"), row.getString("jurisdiction_code")), event.compoundId().value())
                .forEach(link -> send(ProjectId.of(link.getKey()), JurisdictionCode.of(link.getValue()), gate.get()));
    }

    /** Runs the command in this event's unit of work and transaction: the ledger's event and the token commit together. */
    private void send(ProjectId project, JurisdictionCode county, FundingMilestone milestone) {
        Actor relay = new Actor(ACTOR_ID, Role.ADMINISTRATOR, county);
        commands.sendAndWait(new GenericCommandMessage<>(new RecordFundingMilestoneCommand(project, county, milestone),
                relay.asMetaData()));
    }
}
