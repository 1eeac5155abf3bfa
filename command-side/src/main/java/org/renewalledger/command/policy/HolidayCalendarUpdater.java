package org.renewalledger.command.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings recorded holiday calendars into the {@link WorkingDayCalendar}: every one at start-up from the
 * register's stream, then each new one in the committing thread (the policy book's subscribing processor), so
 * the next notice already counts on it. Like policies, on several nodes a calendar recorded elsewhere arrives
 * when this node restarts or through a distributed event bus.
 */
@Component
@ProcessingGroup("policy-book")
class HolidayCalendarUpdater {

    private final WorkingDayCalendar calendar;
    private final EventStore eventStore;

    HolidayCalendarUpdater(WorkingDayCalendar calendar, EventStore eventStore) {
        this.calendar = calendar;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        eventStore.readEvents(RecordHolidayCalendarCommand.REGISTER_ID).asStream()
                .map(message -> message.getPayload())
                .filter(HolidayCalendarRecordedEvent.class::isInstance)
                .forEach(event -> calendar.record((HolidayCalendarRecordedEvent) event));
    }

    @EventHandler
    void on(HolidayCalendarRecordedEvent event) {
        calendar.record(event);
    }
}
