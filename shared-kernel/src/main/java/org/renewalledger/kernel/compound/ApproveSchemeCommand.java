package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** The housing bureau approves the scheme (方案审定). {@code decidedOn} is stamped by the caller from the clock. */
public record ApproveSchemeCommand(@TargetAggregateIdentifier CompoundId compoundId, LocalDate decidedOn) {

    public ApproveSchemeCommand {
        Require.present("compoundId", compoundId);
        Require.present("decidedOn", decidedOn);
    }
}
