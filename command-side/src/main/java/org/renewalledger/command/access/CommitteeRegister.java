package org.renewalledger.command.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.access.BindOwnersCommitteeCommand;
import org.renewalledger.kernel.access.CommitteeRegisterId;
import org.renewalledger.kernel.access.OwnersCommitteeBoundEvent;
import org.renewalledger.kernel.access.OwnersCommitteeUnboundEvent;
import org.renewalledger.kernel.access.UnbindOwnersCommitteeCommand;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * The owners' committee of one compound, as its street office recorded it (业委会备案): the binding that lets the
 * committee act for that compound and no other. The first street office to bind it is the compound's; another
 * office's binding is refused.
 */
@Aggregate
class CommitteeRegister {

    @AggregateIdentifier
    private String registerId;
    private JurisdictionCode streetOffice;
    private final Set<String> committees = new HashSet<>();

    CommitteeRegister() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BindOwnersCommitteeCommand command) {
        requireOffice(command.streetOffice());
        if (committees.contains(command.committeeId())) {
            return;
        }
        apply(new OwnersCommitteeBoundEvent(command.compoundId(), command.streetOffice(), command.committeeId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UnbindOwnersCommitteeCommand command) {
        requireOffice(command.streetOffice());
        if (!committees.contains(command.committeeId())) {
            throw new DomainException(ErrorCode.BINDING_NOT_FOUND,
                    command.committeeId() + " is not the committee of compound " + command.compoundId(), "committeeId");
        }
        apply(new OwnersCommitteeUnboundEvent(command.compoundId(), command.streetOffice(), command.committeeId(),
                command.reason()));
    }

    private void requireOffice(JurisdictionCode office) {
        if (streetOffice != null && !streetOffice.equals(office)) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "The compound's committee is recorded by " + streetOffice);
        }
    }

    @EventSourcingHandler
    void on(OwnersCommitteeBoundEvent event) {
        registerId = CommitteeRegisterId.of(event.compoundId());
        streetOffice = event.streetOffice();
        committees.add(event.committeeId());
    }

    @EventSourcingHandler
    void on(OwnersCommitteeUnboundEvent event) {
        committees.remove(event.committeeId());
    }
}
