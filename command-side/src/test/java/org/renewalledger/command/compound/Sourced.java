package org.renewalledger.command.compound;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/** An aggregate sourced from events as Axon's repository sources it, without a store: for measuring its state. */
final class Sourced {

    private Sourced() {
    }

    static <T> T from(Class<T> type, T root, List<Object> events) {
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(root,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(type), (org.axonframework.eventhandling.EventBus) null,
                NoSnapshotTriggerDefinition.TRIGGER);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>(type.getSimpleName(), "x", messages.size(), event));
        }
        aggregate.initializeState(DomainEventStream.of(messages));
        return aggregate.getAggregateRoot();
    }
}
