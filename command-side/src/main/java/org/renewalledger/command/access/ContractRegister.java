package org.renewalledger.command.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.access.BindContractorCommand;
import org.renewalledger.kernel.access.ContractRegisterId;
import org.renewalledger.kernel.access.ContractorBoundEvent;
import org.renewalledger.kernel.access.ContractorUnboundEvent;
import org.renewalledger.kernel.access.UnbindContractorCommand;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Role;

/**
 * Who is contracted on one project, as the housing bureau recorded it: the binding that lets an implementing entity
 * or a utility act there (docs/SECURITY.md). Binding the same unit again in the same role changes nothing; a unit
 * is unbound only when bound.
 */
@Aggregate
class ContractRegister {

    @AggregateIdentifier
    private String registerId;
    private final Map<String, Role> bound = new HashMap<>();

    ContractRegister() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BindContractorCommand command) {
        if (command.role() == bound.get(command.contractorId())) {
            return;
        }
        apply(new ContractorBoundEvent(command.projectId(), command.jurisdiction(), command.compoundId(),
                command.contractorId(), command.role()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UnbindContractorCommand command) {
        if (!bound.containsKey(command.contractorId())) {
            throw new DomainException(ErrorCode.BINDING_NOT_FOUND,
                    command.contractorId() + " is not contracted on project " + command.projectId(), "contractorId");
        }
        apply(new ContractorUnboundEvent(command.projectId(), command.jurisdiction(), command.contractorId(), command.reason()));
    }

    @EventSourcingHandler
    void on(ContractorBoundEvent event) {
        registerId = ContractRegisterId.of(event.projectId());
        bound.put(event.contractorId(), event.role());
    }

    @EventSourcingHandler
    void on(ContractorUnboundEvent event) {
        registerId = ContractRegisterId.of(event.projectId());
        bound.remove(event.contractorId());
    }
}
