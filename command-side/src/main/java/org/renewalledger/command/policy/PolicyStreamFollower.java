package org.renewalledger.command.policy;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link PolicyBook}, the {@link AssessmentPolicyBook} and the {@link WorkingDayCalendar} at the store's
 * latest position, whichever process appended the policy: before every command it asks the store for the last
 * sequence number of the two small register streams ({@code policy-register}, {@code holiday-calendars}; one
 * lookup each on the stream's unique key) and reads only what it has not yet applied. So every command process
 * decides under the policy in force when the command is handled, not the one it saw at its start; and since the
 * check runs on the command's own bus thread, a policy set on this process is in force for its very next command.
 */
@Component
public class PolicyStreamFollower {

    private final EventStore eventStore;
    private final PolicyBook book;
    private final AssessmentPolicyBook assessmentPolicies;
    private final WorkingDayCalendar calendar;
    private final AtomicLong policiesSeen = new AtomicLong(-1);
    private final AtomicLong calendarsSeen = new AtomicLong(-1);

    public PolicyStreamFollower(EventStore eventStore, PolicyBook book, AssessmentPolicyBook assessmentPolicies,
                                WorkingDayCalendar calendar) {
        this.eventStore = eventStore;
        this.book = book;
        this.assessmentPolicies = assessmentPolicies;
        this.calendar = calendar;
    }

    /** Reads both registers at start-up, so the first command does not pay for their whole history. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        catchUp();
    }

    /** Brings the books to the registers' heads; cheap when nothing changed (two indexed lookups). */
    public void catchUp() {
        follow(SetJurisdictionPolicyCommand.REGISTER_ID, policiesSeen);
        follow(RecordHolidayCalendarCommand.REGISTER_ID, calendarsSeen);
    }

    private void follow(String stream, AtomicLong seen) {
        long head = eventStore.lastSequenceNumberFor(stream).orElse(-1L);
        if (head <= seen.get()) {
            return;
        }
        // One reader at a time per process, so events are applied in their stream's order and none twice.
        synchronized (seen) {
            if (head <= seen.get()) {
                return;
            }
            eventStore.readEvents(stream, seen.get() + 1).asStream().forEach(message -> {
                apply(message.getPayload());
                seen.set(((DomainEventMessage<?>) message).getSequenceNumber());
            });
        }
    }

    private void apply(Object event) {
        if (event instanceof JurisdictionPolicySetEvent set) {
            book.apply(set);
        } else if (event instanceof AssessmentPolicySetEvent set) {
            assessmentPolicies.apply(set);
        } else if (event instanceof HolidayCalendarRecordedEvent recorded) {
            calendar.record(recorded);
        }
    }
}
