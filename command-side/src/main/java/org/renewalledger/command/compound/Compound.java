package org.renewalledger.command.compound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/**
 * A compound's renovation record. Command handlers decide (check the rules, then apply an event);
 * event sourcing handlers only assign state.
 */
@Aggregate
class Compound {

    @AggregateIdentifier
    private CompoundId compoundId;
    private JurisdictionCode streetOffice;

    /** For Axon, which rebuilds the aggregate from its events. */
    Compound() {
    }

    @CommandHandler
    Compound(RegisterCompoundCommand command, PolicySet policies) {
        if (!command.jurisdiction().covers(command.streetOffice())) {
            throw new DomainException(ErrorCode.STREET_OFFICE_OUTSIDE_JURISDICTION,
                    "Street office " + command.streetOffice() + " is not in jurisdiction " + command.jurisdiction(),
                    "streetOfficeCode");
        }
        EligibilityPolicy.Decision decision = policies.eligibility().evaluate(command.builtYear());
        if (decision instanceof EligibilityPolicy.Ineligible ineligible) {
            throw new DomainException(ErrorCode.COMPOUND_NOT_ELIGIBLE, ineligible.reason(), "builtYear");
        }
        apply(new CompoundRegisteredEvent(
                command.compoundId(),
                command.name(),
                command.jurisdiction(),
                command.streetOffice(),
                command.streetOfficeName(),
                command.builtYear(),
                command.buildings(),
                command.households(),
                command.floorArea(),
                ((EligibilityPolicy.Eligible) decision).rule()));
    }

    @EventSourcingHandler
    void on(CompoundRegisteredEvent event) {
        this.compoundId = event.compoundId();
        this.streetOffice = event.streetOffice();
    }
}
