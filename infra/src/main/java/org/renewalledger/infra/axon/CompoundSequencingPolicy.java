package org.renewalledger.infra.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;

/**
 * Sequences a read model's events by compound rather than by stream: a compound's votes live in its counts' own
 * streams (ConsentCount) and its openings, closings and roster in its own, and the consent register reads them
 * together (a vote lands in the round its opening made), so they are handled in store order, in one segment. Every
 * other event keeps Axon's default, its aggregate. A compound's own events get the same key as before (its stream's
 * identifier is its code), so the segments' work does not move when this policy takes over.
 */
final class CompoundSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final CompoundSequencingPolicy INSTANCE = new CompoundSequencingPolicy();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof CompoundEvent compoundEvent) {
            return compoundEvent.compoundId().value();
        }
        if (payload instanceof ConsentElectorateFrozenEvent frozen) {
            return frozen.compoundId().value();
        }
        if (payload instanceof ConsentBallotsSealedEvent sealed) {
            return sealed.countId().compoundId().value();
        }
        if (payload instanceof ConsentBallotsMovedEvent moved) {
            return moved.compoundId().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
