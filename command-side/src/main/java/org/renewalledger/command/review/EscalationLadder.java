package org.renewalledger.command.review;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.renewalledger.kernel.assessment.MonthlyAssessmentPublished;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.review.RecordPublishedStandingCommand;
import org.springframework.stereotype.Component;

/**
 * Runs the escalation ladder when a month's assessment is published (closed, or reissued): every unit's line
 * goes to its {@code UnitStanding}, which proposes the next measure. A tracking handler in its own processing
 * group, so the ladder catches up after an outage and a failure parks the assessment in the dead-letter queue
 * instead of losing it. Idempotent: the standing ignores an issue it already holds, so a redelivery or a
 * replay proposes nothing twice. The commands run in the processor's unit of work and transaction: the
 * standing's events and the processor's token commit together, and they carry the assessment event's
 * correlation id, with the event as their cause.
 */
@Component
@ProcessingGroup(EscalationLadder.PROCESSING_GROUP)
class EscalationLadder {

    static final String PROCESSING_GROUP = "escalation-ladder";
    /** The ladder acts for the assessing jurisdiction's discipline office. */
    static final String ACTOR_ID = "escalation-ladder";

    private final CommandGateway commands;

    EscalationLadder(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(MonthlyAssessmentPublished assessment) {
        Actor ladder = new Actor(ACTOR_ID, Role.DISCIPLINE_OFFICE, assessment.jurisdiction());
        for (UnitResult result : assessment.results()) {
            RecordPublishedStandingCommand command = new RecordPublishedStandingCommand(result.unit(), assessment.jurisdiction(),
                    assessment.assessmentId(), assessment.month(), assessment.issue(), result.rank(), result.lagging(),
                    result.grade());
            commands.sendAndWait(new GenericCommandMessage<>(command, ladder.asMetaData()));
        }
    }
}
