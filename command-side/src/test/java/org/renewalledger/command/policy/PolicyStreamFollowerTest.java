package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.HolidayCalendarRecordedEvent;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.policy.RecordHolidayCalendarCommand;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;

/**
 * Two command processes on one store, each with its own books: a policy appended through one is in force on the
 * other at its next command, with no restart and no event bus between them.
 */
class PolicyStreamFollowerTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

    private record Node(PolicyBook book, WorkingDayCalendar calendar, PolicyStreamFollower follower) {
    }

    private Node node() {
        PolicyBook book = PolicyBook.withDefaults(PolicySet.DEFAULT);
        WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(2026);
        return new Node(book, calendar, new PolicyStreamFollower(store, book, AssessmentPolicyBook.builtIn(), calendar));
    }

    private void append(String stream, long sequence, Object event) {
        store.publish(new GenericDomainEventMessage<>("Register", stream, sequence, event));
    }

    private static JurisdictionPolicySetEvent set(String version) {
        return new JurisdictionPolicySetEvent(SetJurisdictionPolicyCommand.REGISTER_ID, JurisdictionCode.of("520523"), version, 2000,
                "civil-code-278-ordinary", 7, 20);
    }

    @Test
    void shouldDecideUnderThePolicyAppendedThroughAnotherProcess_atTheNextCommand() {
        Node a = node();
        Node b = node();
        a.follower().catchUp();
        b.follower().catchUp();
        assertThat(b.book().forJurisdiction(JurisdictionCode.of("520523")).version()).isEqualTo(PolicySet.DEFAULT.version());

        append(SetJurisdictionPolicyCommand.REGISTER_ID, 0, set("jinsha-1")); // set through a
        b.follower().catchUp();
        assertThat(b.book().forJurisdiction(JurisdictionCode.of("520523")).version()).isEqualTo("jinsha-1");

        append(SetJurisdictionPolicyCommand.REGISTER_ID, 1, set("jinsha-2"));
        append(SetJurisdictionPolicyCommand.REGISTER_ID, 2, set("jinsha-3"));
        b.follower().catchUp();
        b.follower().catchUp(); // nothing new: nothing applied twice, order kept
        assertThat(b.book().forJurisdiction(JurisdictionCode.of("520523")).version()).isEqualTo("jinsha-3");
    }

    @Test
    void shouldCountOnAHolidayCalendarRecordedThroughAnotherProcess() {
        Node b = node();
        b.follower().catchUp();
        assertThat(b.calendar().years()).doesNotContain(2031);
        append(RecordHolidayCalendarCommand.REGISTER_ID, 0, new HolidayCalendarRecordedEvent(RecordHolidayCalendarCommand.REGISTER_ID,
                2031, List.of(LocalDate.of(2031, 1, 1)), List.of(), "test"));
        b.follower().catchUp();
        assertThat(b.calendar().years()).contains(2031);
        assertThat(b.calendar().isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
    }
}
