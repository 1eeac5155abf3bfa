package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.hamcrest.Matcher;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.renewalledger.command.witness.DateWitness;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentCountClosedEvent;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.ImportConsentCommand;
import org.renewalledger.kernel.compound.OpenConsentCountCommand;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitCorrectedEvent;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitTransferredEvent;

/**
 * A compound and its counts in a real Axon configuration (in-memory store): given a history written as the compound
 * sees it, when a command, then the events both aggregates stored, in order, or the refusal. A history's openings,
 * votes and closings are written into the streams where this build keeps them (the opening and verdict in the
 * compound's, the frozen electorate, votes and sealing in the count's), so tests read as a story of the compound.
 * Votes are sent as the HTTP API sends them: where the count has no open round, the compound opens it first.
 */
final class ConsentWorld {

    static {
        System.setProperty("disable-axoniq-console-message", "true");
    }

    /** The server's today in this world: after every date its steps claim, so older ones need a reason. */
    static final LocalDate TODAY = LocalDate.of(2025, 12, 2);

    private final Configuration axon;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, RosterUnit> roster = new TreeMap<>();
    private JurisdictionCode streetOffice;
    private long position;

    private ConsentWorld(PolicySet policies) {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Compound.class)
                .configureAggregate(ConsentCount.class)
                .registerComponent(PolicyBook.class, c -> PolicyBook.withDefaults(policies))
                .registerComponent(WorkingDayCalendar.class, c -> WorkingDayCalendar.fromClasspath(2024, 2025, 2026))
                .registerComponent(DateWitness.class, c -> Witnesses.today(TODAY))
                .registerComponent(ConsentCounts.class, c -> ConsentCounts.in(repository(c)))
                .buildConfiguration();
        axon.commandBus().registerHandlerInterceptor(new CommandAuthorizationInterceptor());
        axon.start();
    }

    @SuppressWarnings("unchecked")
    private static Repository<ConsentCount> repository(Configuration c) {
        return (Repository<ConsentCount>) c.repository(ConsentCount.class);
    }

    static ConsentWorld with(PolicySet policies) {
        return new ConsentWorld(policies);
    }

    static ConsentWorld standard() {
        return with(PolicySet.DEFAULT);
    }

    void shutdown() {
        axon.shutdown();
    }

    /** The history, each event stored in the stream where this build keeps it. */
    ConsentWorld given(List<?> history) {
        for (Object event : history) {
            store(event);
        }
        position = allEvents().size();
        return this;
    }

    ConsentWorld given(Object... history) {
        return given(List.of(history));
    }

    /** Events stored as they stand, in the compound's stream: a history of an earlier build. */
    ConsentWorld givenInCompoundStream(List<?> history) {
        for (Object event : history) {
            track(event);
            append("Compound", ProjectBuilder.ID.value(), event);
        }
        position = allEvents().size();
        return this;
    }

    private void store(Object event) {
        String compound = ProjectBuilder.ID.value();
        track(event);
        if (event instanceof ConsentCountOpenedEvent opened) {
            ConsentCountId id = ConsentCountId.of(opened.compoundId(), opened.matter());
            append("Compound", compound, event);
            append("ConsentCount", id.toString(), new ConsentElectorateFrozenEvent(id, streetOffice, opened.round(),
                    List.copyOf(roster.values()), List.of(), List.of()));
            append("Compound", compound, new ConsentBallotsMovedEvent(id, opened.round(), 0));
        } else if (event instanceof ConsentRecordedEvent vote) {
            append("ConsentCount", ConsentCountId.of(vote.compoundId(), vote.matter()).toString(), event);
        } else if (event instanceof ConsentCountClosedEvent closed) {
            ConsentCountId id = ConsentCountId.of(closed.compoundId(), closed.matter());
            append("ConsentCount", id.toString(), new ConsentBallotsSealedEvent(id, closed.round(), closed.tally(),
                    closed.closedAt()));
            append("Compound", compound, event);
        } else if (event instanceof ConsentElectorateFrozenEvent || event instanceof ConsentBallotsSealedEvent) {
            ConsentCountId id = event instanceof ConsentElectorateFrozenEvent frozen ? frozen.countId()
                    : ((ConsentBallotsSealedEvent) event).countId();
            append("ConsentCount", id.toString(), event);
        } else if (event instanceof org.renewalledger.kernel.compound.ElevatorConsentOpenedEvent opened) {
            ConsentCountId id = ConsentCountId.ofElevator(opened.compoundId(), opened.unit());
            append("Compound", compound, event);
            append("ConsentCount", id.toString(), new ConsentElectorateFrozenEvent(id, streetOffice, 1,
                    roster.values().stream().filter(unit -> opened.unit().equals(unit.unit().stairwell())).toList(),
                    opened.shaftOwners(), List.of()));
            append("Compound", compound, new ConsentBallotsMovedEvent(id, 1, 0));
        } else if (event instanceof org.renewalledger.kernel.compound.ElevatorConsentClosedEvent closed) {
            ConsentCountId id = ConsentCountId.ofElevator(closed.compoundId(), closed.unit());
            append("ConsentCount", id.toString(), new ConsentBallotsSealedEvent(id, 1, closed.tally(), closed.closedAt()));
            append("Compound", compound, event);
        } else if (event instanceof org.renewalledger.kernel.compound.ElevatorConsentRecordedEvent vote) {
            append("ConsentCount", ConsentCountId.ofElevator(vote.compoundId(), vote.unit()).toString(), event);
        } else {
            append("Compound", compound, event);
        }
    }

    private void track(Object event) {
        if (event instanceof CompoundRegisteredEvent registered) {
            streetOffice = registered.streetOffice();
        } else if (event instanceof RosterUnitRecordedEvent recorded) {
            roster.put(recorded.unit().unit().value(), recorded.unit());
        } else if (event instanceof RosterUnitCorrectedEvent corrected) {
            roster.put(corrected.corrected().unit().value(), corrected.corrected());
        } else if (event instanceof UnitTransferredEvent transferred) {
            RosterUnit before = roster.get(transferred.unit().value());
            roster.put(before.unit().value(), before.withOwners(transferred.newOwners(), false));
        }
    }

    private void append(String type, String id, Object event) {
        long sequence = sequences.merge(id, 0L, (last, zero) -> last + 1);
        axon.eventStore().publish(new GenericDomainEventMessage<>(type, id, sequence, event));
    }

    /** The roster units as this history left them, in code order: what a count opening now freezes. */
    List<RosterUnit> roster() {
        return List.copyOf(roster.values());
    }

    Outcome when(Object command, Map<String, ?> metaData) {
        Throwable refusal = null;
        try {
            send(command, metaData);
        } catch (RuntimeException e) {
            refusal = e;
        }
        List<Object> all = allEvents();
        List<Object> stored = new ArrayList<>(all.subList((int) position, all.size()));
        position = all.size();
        return new Outcome(stored, refusal);
    }

    /** As the HTTP API sends it (ConsentCommandController): a vote without an open count opens it first. */
    private void send(Object command, Map<String, ?> metaData) {
        try {
            axon.commandGateway().sendAndWait(new GenericCommandMessage<>(command, MetaData.from(metaData)));
        } catch (AggregateNotFoundException | DomainException e) {
            boolean noOpenCount = e instanceof AggregateNotFoundException
                    || ((DomainException) e).code() == ErrorCode.CONSENT_COUNT_CLOSED;
            if (!noOpenCount || !(command instanceof RecordConsentCommand || command instanceof ImportConsentCommand)) {
                throw e;
            }
            RecordConsentCommand vote = command instanceof RecordConsentCommand single ? single
                    : ((ImportConsentCommand) command).votes().get(0);
            axon.commandGateway().sendAndWait(new GenericCommandMessage<>(
                    new OpenConsentCountCommand(vote.compoundId(), vote.matter(), vote.castAt(), true), MetaData.from(metaData)));
            axon.commandGateway().sendAndWait(new GenericCommandMessage<>(command, MetaData.from(metaData)));
        }
    }

    List<Object> allEvents() {
        List<Object> events = new ArrayList<>();
        try (var stream = axon.eventStore().openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> next = stream.nextAvailable();
                events.add(next.getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** The events of one stream, in order. */
    List<Object> stream(String id) {
        return axon.eventStore().readEvents(id).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    /** What a command did: the events stored, in order, or the refusal. */
    record Outcome(List<Object> events, Throwable refusal) {

        Outcome expectEvents(Object... expected) {
            assertThat(refusal).as("refusal").isNull();
            assertThat(events).containsExactly(expected);
            return this;
        }

        Outcome expectEventsMatching(Matcher<? super List<org.axonframework.messaging.Message<?>>> matcher) {
            assertThat(refusal).as("refusal").isNull();
            List<org.axonframework.messaging.Message<?>> messages = events.stream()
                    .<org.axonframework.messaging.Message<?>>map(org.axonframework.eventhandling.GenericEventMessage::new)
                    .toList();
            assertThat(matcher.matches(messages)).as("events " + events).isTrue();
            return this;
        }

        Outcome expectNoEvents() {
            assertThat(events).isEmpty();
            return this;
        }

        Outcome expectException(Matcher<Throwable> matcher) {
            assertThat(refusal).as("a refusal").isNotNull();
            assertThat(matcher.matches(refusal)).as("refusal " + refusal).isTrue();
            return this;
        }

        Outcome expectSuccessfulHandlerExecution() {
            assertThat(refusal).as("refusal").isNull();
            return this;
        }
    }
}
