package org.renewalledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.assessment.ProgrammeSetEvent;
import org.renewalledger.kernel.assessment.SetProgrammeCommand;
import org.renewalledger.kernel.common.DomainException;

/**
 * A unit's multi-year programme (stream {@code programme-<unit>-<first year>}): set once, revised by later commands.
 * Every revision is an event; the assessment and the progress read the latest. Sending the programme in force again
 * records nothing. A revision keeps the unit's first year (it is the stream's name) and may not name another assessing
 * jurisdiction.
 */
@Aggregate
class UnitProgramme {

    @AggregateIdentifier
    private String programmeId;
    private SetProgrammeCommand current;

    UnitProgramme() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(SetProgrammeCommand command) {
        if (current != null && !current.assessingJurisdiction().equals(command.assessingJurisdiction())) {
            throw DomainException.invalid("assessingJurisdiction", "The programme " + command.programmeId() + " is assessed by "
                    + current.assessingJurisdiction());
        }
        if (current != null && current.equals(command)) {
            return command.programmeId();
        }
        apply(new ProgrammeSetEvent(command.programmeId(), command.unit(), command.assessingJurisdiction(), command.years()));
        return command.programmeId();
    }

    @EventSourcingHandler
    void on(ProgrammeSetEvent event) {
        programmeId = event.programmeId();
        current = new SetProgrammeCommand(event.programmeId(), event.unit(), event.assessingJurisdiction(), List.copyOf(event.years()));
    }
}
