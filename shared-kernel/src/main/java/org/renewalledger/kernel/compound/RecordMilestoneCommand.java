package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * Records the next delivery step. {@code reference} points at its document (plan number, contract number,
 * acceptance record, audit report).
 *
 * @param residentRepresentatives for completion acceptance: how many residents' representatives signed
 */
public record RecordMilestoneCommand(@TargetAggregateIdentifier CompoundId compoundId, Milestone milestone,
                                     LocalDate reachedOn, String reference, int residentRepresentatives) {

    public RecordMilestoneCommand {
        Require.present("compoundId", compoundId);
        Require.present("milestone", milestone);
        Require.present("reachedOn", reachedOn);
        reference = Require.text("reference", reference, 200);
    }
}
