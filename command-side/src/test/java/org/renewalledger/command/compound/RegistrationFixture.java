package org.renewalledger.command.compound;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.kernel.programme.CompoundAdmittedToProgrammeEvent;

/**
 * A fixture on the compound with registration wired as in production: the {@link CompoundRegistrar} on the
 * fixture's command bus, the compound's repository from the fixture, and the county programme's stream in a
 * store of its own, which a test may fill with earlier admissions ({@link #givenProgramme}).
 */
final class RegistrationFixture {

    final FixtureConfiguration<Compound> fixture;
    final EventStore programmeStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

    RegistrationFixture(PolicyBook book) {
        fixture = new AggregateTestFixture<>(Compound.class);
        fixture.registerInjectableResource(book);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor());
        EventSourcingRepository<Programme> programmes = EventSourcingRepository.builder(Programme.class)
                .eventStore(programmeStore).build();
        fixture.registerAnnotatedCommandHandler(new CompoundRegistrar(fixture.getRepository(), programmes, fixture.getEventStore(), book));
    }

    /** Earlier admissions to their programme's stream, in order. */
    RegistrationFixture givenProgramme(List<CompoundAdmittedToProgrammeEvent> admissions) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < admissions.size(); i++) {
            CompoundAdmittedToProgrammeEvent event = admissions.get(i);
            messages.add(new GenericDomainEventMessage<>("Programme", event.programmeId(), i, event));
        }
        programmeStore.publish(messages);
        return this;
    }

    /** What the programme's stream holds after the test. */
    List<Object> programmeEvents(String programmeId) {
        return programmeStore.readEvents(programmeId).asStream().map(m -> (Object) m.getPayload()).toList();
    }
}
