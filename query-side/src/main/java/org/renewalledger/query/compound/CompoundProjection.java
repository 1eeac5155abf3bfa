package org.renewalledger.query.compound;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.compound.CompoundEvent;
import org.renewalledger.kernel.compound.CompoundPage;
import org.renewalledger.kernel.compound.FindPipelineQuery;
import org.renewalledger.kernel.compound.FindProjectsQuery;
import org.renewalledger.kernel.compound.PipelineView;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.CompoundView;
import org.renewalledger.kernel.compound.FindCompoundQuery;
import org.renewalledger.kernel.compound.FindCompoundsByStreetOfficeQuery;
import org.springframework.stereotype.Component;

/**
 * The compound register read model: one row per compound, built from the compound events, rebuilt from
 * scratch by a replay. Times are the events' own timestamps, never the time of processing.
 */
@Component
@ProcessingGroup(CompoundProjection.PROCESSING_GROUP)
class CompoundProjection {

    static final String PROCESSING_GROUP = "compound-view";

    private final CompoundViewStore store;

    CompoundProjection(CompoundViewStore store) {
        this.store = store;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @Timestamp Instant occurredAt, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.ACTOR_ID) String actorId) {
        store.insert(event, occurredAt, actorId, sequence);
    }

    /** A lifecycle event that moves the project to another stage updates the row's status. */
    @EventHandler
    void on(CompoundEvent event, @Timestamp Instant occurredAt, @SequenceNumber long sequence) {
        LifecycleStages.reachedBy(event)
                .ifPresent(status -> store.changeStatus(event.compoundId().value(), status, occurredAt, sequence));
    }

    /** Before a replay: the table is derived data, so it starts empty and the events fill it again. */
    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    @QueryHandler
    CompletableFuture<Optional<CompoundView>> handle(FindCompoundQuery query) {
        return store.find(query.compoundId().value()).map(Optional::of).defaultIfEmpty(Optional.empty()).toFuture();
    }

    @QueryHandler
    CompletableFuture<CompoundPage> handle(FindProjectsQuery query) {
        return store.findWithin(query.within().prefix(), query.status(), query.page(), query.size()).toFuture();
    }

    @QueryHandler
    CompletableFuture<PipelineView> handle(FindPipelineQuery query) {
        return store.pipeline(query.within().prefix(), query.within().value()).toFuture();
    }

    @QueryHandler
    CompletableFuture<CompoundPage> handle(FindCompoundsByStreetOfficeQuery query) {
        return store.findByStreetOffice(query.streetOffice().value(), query.page(), query.size()).toFuture();
    }
}
