package org.renewalledger.command.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;

/**
 * The register of official holiday calendars recorded by command: one stream for all years, so a node loads
 * them all at start-up in one read. Recording the calendar a year already has changes nothing, so an operator
 * may safely repeat a load; a different one for the same year is a correction, and the events keep both.
 */
@Aggregate
class HolidayCalendarRegister {

    @AggregateIdentifier
    private String registerId;
    private final Map<Integer, HolidayCalendarRecordedEvent> byYear = new HashMap<>();

    HolidayCalendarRegister() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordHolidayCalendarCommand command) {
        HolidayCalendarRecordedEvent recorded = new HolidayCalendarRecordedEvent(command.registerId(), command.year(),
                command.holidays().stream().sorted().toList(), command.makeUpWorkdays().stream().sorted().toList(),
                command.source());
        if (recorded.equals(byYear.get(command.year()))) {
            return;
        }
        apply(recorded);
    }

    @EventSourcingHandler
    void on(HolidayCalendarRecordedEvent event) {
        this.registerId = event.registerId();
        byYear.put(event.year(), event);
    }
}
