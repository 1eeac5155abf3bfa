package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Records that a unit changed hands (sale, inheritance …) on {@code transferredOn}, with the evidence on file (a
 * registration certificate number, a contract number). The new owners replace the old on the roster; a
 * developer-held unit that is sold and delivered stops being the developer's. {@code transferredOn} is a claimed
 * date: {@code backdatingReason} explains one beyond the policy's grace.
 */
public record TransferUnitCommand(@TargetAggregateIdentifier CompoundId compoundId, UnitCode unit,
                                  List<OwnerReference> newOwners, TransferReason reason, String evidence,
                                  LocalDate transferredOn, String backdatingReason) {

    public TransferUnitCommand {
        Require.present("compoundId", compoundId);
        Require.present("unit", unit);
        Require.present("newOwners", newOwners);
        Require.present("reason", reason);
        Require.present("transferredOn", transferredOn);
        if (newOwners.isEmpty() || newOwners.size() > RosterUnit.MAXIMUM_OWNERS) {
            throw DomainException.invalid("newOwners", "A unit has 1 to " + RosterUnit.MAXIMUM_OWNERS + " owners");
        }
        newOwners = List.copyOf(newOwners);
        evidence = Require.text("evidence", evidence, 200);
    }

    /** A transfer dated within the policy's grace: no reason needed. */
    public TransferUnitCommand(CompoundId compoundId, UnitCode unit, List<OwnerReference> newOwners, TransferReason reason,
                               String evidence, LocalDate transferredOn) {
        this(compoundId, unit, newOwners, reason, evidence, transferredOn, null);
    }
}
