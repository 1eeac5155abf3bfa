package org.renewalledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Two command processes on one store, each with its own aggregate cache (the production cache and the gateway's
 * retry): when one appends to an aggregate the other has cached, the other's next command on it conflicts, its
 * entry is dropped with the rolled-back unit of work, and the retry decides on the fresh stream; for a command
 * sent on its own (HTTP) and for one sent inside another unit of work (an event handler's) alike.
 */
class StaleCacheRetryTest {

    record Open(@TargetAggregateIdentifier String id) {
    }

    record Add(@TargetAggregateIdentifier String id) {
    }

    record Opened(String id) {
    }

    record Added(String id, int countAfter) {
    }

    /** A counter whose every event says the count it reached: a decision on stale state would repeat a count. */
    static class Counter {
        @AggregateIdentifier
        private String id;
        private int count;

        Counter() {
        }

        @CommandHandler
        Counter(Open command) {
            apply(new Opened(command.id()));
        }

        /** Answers the count it decided on. */
        @CommandHandler
        int handle(Add command) {
            int decidedOn = count;
            apply(new Added(id, count + 1));
            return decidedOn;
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
        }

        @EventSourcingHandler
        void on(Added event) {
            count = event.countAfter();
        }
    }

    /** The in-memory engine with the unique (stream, sequence) key PostgreSQL's event table has. */
    static class UniqueSequenceEngine extends InMemoryEventStorageEngine {
        private final Set<String> taken = new HashSet<>();

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            synchronized (taken) {
                for (EventMessage<?> event : events) {
                    if (event instanceof DomainEventMessage<?> domain
                            && !taken.add(domain.getAggregateIdentifier() + "/" + domain.getSequenceNumber())) {
                        throw new ConcurrencyException("sequence " + domain.getSequenceNumber() + " of "
                                + domain.getAggregateIdentifier() + " is taken");
                    }
                }
            }
            super.appendEvents(events);
        }
    }

    private final EventStore store = EmbeddedEventStore.builder().storageEngine(new UniqueSequenceEngine()).build();
    private final AggregateCache cacheA = AggregateCache.bounded("node-a", 100);
    private final AggregateCache cacheB = AggregateCache.bounded("node-b", 100);
    private final StreamConflictRetryScheduler retries = StreamConflictRetryScheduler.create(5, 1, 2);

    @AfterEach
    void close() {
        retries.shutdown();
        cacheA.close();
        cacheB.close();
    }

    private CommandGateway node(AggregateCache cache) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Counter>builder().aggregateType(Counter.class)
                .repository(EventSourcingRepository.builder(Counter.class).eventStore(store).cache(cache.axonCache()).build())
                .build().subscribe(bus);
        return DefaultCommandGateway.builder().commandBus(bus).retryScheduler(retries).build();
    }

    private List<Integer> counts(String id) {
        return store.readEvents(id).asStream().map(EventMessage::getPayload).filter(Added.class::isInstance)
                .map(event -> ((Added) event).countAfter()).toList();
    }

    @Test
    void shouldDecideAgainOnFreshState_whenAnotherProcessAppendedToTheCachedAggregate() {
        CommandGateway a = node(cacheA);
        CommandGateway b = node(cacheB);
        a.sendAndWait(new Open("c-1"));
        a.sendAndWait(new Add("c-1"));            // a caches count 1
        b.sendAndWait(new Add("c-1"));            // b appends count 2 behind a's back
        Object before = a.sendAndWait(new Add("c-1")); // a's entry is stale: conflict, eviction, retry on fresh state
        assertThat(before).as("the count a decided on").isEqualTo(2);
        assertThat(counts("c-1")).containsExactly(1, 2, 3);
        assertThat(a.<Object>sendAndWait(new Add("c-1"))).as("and the entry is fresh from then on").isEqualTo(3);
    }

    /**
     * A command an event handler sends runs in a unit of work nested in the processor's, and its events are appended
     * when the processor's unit of work commits: the conflict fails that commit, not the command, so the gateway has
     * nothing to retry. The rollback drops the stale entry all the same, and the processor's redelivery of the event
     * sends the command again, which decides on the fresh stream.
     */
    @Test
    void shouldDecideAgainOnFreshState_whenAProcessorRedeliversTheEventWhoseCommandConflicted() throws Exception {
        CommandGateway a = node(cacheA);
        CommandGateway b = node(cacheB);
        a.sendAndWait(new Open("c-2"));
        a.sendAndWait(new Add("c-2"));
        b.sendAndWait(new Add("c-2"));

        DefaultUnitOfWork<?> first = DefaultUnitOfWork.startAndGet(null);
        assertThat(a.<Object>send(new Add("c-2")).get(10, TimeUnit.SECONDS)).as("decided on the stale entry").isEqualTo(1);
        assertThatThrownBy(first::commit).as("the processor's commit").isInstanceOf(ConcurrencyException.class);
        assertThat(counts("c-2")).containsExactly(1, 2);

        DefaultUnitOfWork<?> redelivery = DefaultUnitOfWork.startAndGet(null);
        assertThat(a.<Object>send(new Add("c-2")).get(10, TimeUnit.SECONDS)).as("decided on the fresh stream").isEqualTo(2);
        redelivery.commit();
        assertThat(counts("c-2")).containsExactly(1, 2, 3);
    }
}
