package org.renewalledger.command.evidence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.evidence.EvidenceUploadedEvent;
import org.renewalledger.kernel.evidence.RecordEvidenceUploadCommand;

/**
 * One uploaded file, by its hash (stream {@code evidence-<sha256>}): the first upload is recorded, with who made it;
 * the same bytes uploaded again are the same file, so nothing new is recorded and the caller gets the first record.
 */
@Aggregate
class EvidenceFile {

    @AggregateIdentifier
    private String streamId;

    EvidenceFile() {
    }

    /** True when this upload was the first of these bytes. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RecordEvidenceUploadCommand command, MetaData metaData) {
        if (streamId != null) {
            return false;
        }
        Actor actor = Actor.fromMetaData(metaData);
        apply(new EvidenceUploadedEvent(command.streamId(), command.hash(), command.type(), command.size(),
                actor.userId(), command.jurisdiction()));
        return true;
    }

    @EventSourcingHandler
    void on(EvidenceUploadedEvent event) {
        this.streamId = event.streamId();
    }
}
