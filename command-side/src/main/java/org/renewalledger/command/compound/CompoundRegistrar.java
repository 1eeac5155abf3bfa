package org.renewalledger.command.compound;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.springframework.stereotype.Component;

/**
 * Registers a surveyed compound by giving it a place in its county's {@link Programme} and starting its
 * {@link Compound} record, both in this one unit of work. Axon appends the two aggregates' events in the
 * command bus's one database transaction, so a place is never taken without a registered compound, nor a
 * compound registered without a place: a refusal (or a failed append) rolls back both. Concurrent
 * registrations in one county serialise on the programme's stream: on one node Axon's aggregate lock, across
 * nodes the event store's unique key, after which the dispatcher decides the loser again on the fresh count.
 */
@Component
class CompoundRegistrar {

    private final Repository<Compound> compounds;
    private final Repository<Programme> programmes;
    private final EventStore eventStore;
    private final PolicyBook book;

    CompoundRegistrar(Repository<Compound> compounds, Repository<Programme> programmes, EventStore eventStore,
                      PolicyBook book) {
        this.compounds = compounds;
        this.programmes = programmes;
        this.eventStore = eventStore;
        this.book = book;
    }

    @CommandHandler
    CompoundId handle(RegisterCompoundCommand command) throws Exception {
        Compound.checkSurvey(command);
        requireNew(command.compoundId());
        PolicySet policies = book.forJurisdiction(command.jurisdiction());
        String rule = programmes.loadOrCreate(Programme.idOf(command.jurisdiction()), Programme::new)
                .invoke(programme -> programme.admit(command.jurisdiction(), command.compoundId(),
                        command.builtYear(), policies.eligibility()));
        compounds.newInstance(() -> new Compound(command, rule));
        return command.compoundId();
    }

    /**
     * A second registration of a compound must not take a second place. (Were two to race past this check
     * on two nodes, both append to the programme's stream and only one commits; the other is decided again.)
     */
    private void requireNew(CompoundId id) {
        if (hasStream(id)) {
            throw new DomainException(ErrorCode.COMPOUND_ALREADY_REGISTERED, ErrorCode.COMPOUND_ALREADY_REGISTERED.title());
        }
    }

    /** Asks the event store, not the repository, whose failed load of an unknown id logs a warning each time. */
    private boolean hasStream(CompoundId id) {
        try {
            return eventStore.lastSequenceNumberFor(id.value()).isPresent();
        } catch (AggregateNotFoundException noEvents) { // how Axon's test fixture's store answers an empty stream
            return false;
        }
    }
}
