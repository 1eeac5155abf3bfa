package org.renewalledger.command.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.renewalledger.kernel.access.ContractorBoundEvent;
import org.renewalledger.kernel.access.ContractorUnboundEvent;
import org.renewalledger.kernel.access.OwnersCommitteeBoundEvent;
import org.renewalledger.kernel.access.OwnersCommitteeUnboundEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Bindings} from the binding events. A subscribing processor ({@code application.yml}): the binding
 * is stored in the transaction that records it, so the contractor's next command is authorised against it.
 */
@Component
@ProcessingGroup(BindingRecorder.PROCESSING_GROUP)
class BindingRecorder {

    static final String PROCESSING_GROUP = "access-bindings";

    private final Bindings bindings;

    BindingRecorder(Bindings bindings) {
        this.bindings = bindings;
    }

    @EventHandler
    void on(ContractorBoundEvent event) {
        bindings.bindContractor(event.contractorId(), event.role(), event.projectId().value(), event.compoundId().value(),
                event.jurisdiction().value());
    }

    @EventHandler
    void on(ContractorUnboundEvent event) {
        bindings.unbindContractor(event.contractorId(), event.projectId().value());
    }

    @EventHandler
    void on(OwnersCommitteeBoundEvent event) {
        bindings.bindCommittee(event.committeeId(), event.compoundId().value(), event.streetOffice().value());
    }

    @EventHandler
    void on(OwnersCommitteeUnboundEvent event) {
        bindings.unbindCommittee(event.committeeId(), event.compoundId().value());
    }
}
