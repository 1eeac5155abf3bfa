package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * Records that the residents formed their self-governance organisation. {@code formedOn} is a claimed date:
 * {@code backdatingReason} explains one beyond the policy's grace.
 */
public record FormSelfGovernanceCommand(@TargetAggregateIdentifier CompoundId compoundId, SelfGovernanceKind kind,
                                        String name, LocalDate formedOn, String backdatingReason) {

    public FormSelfGovernanceCommand {
        Require.present("compoundId", compoundId);
        Require.present("kind", kind);
        name = Require.text("name", name, 100);
        Require.present("formedOn", formedOn);
    }

    /** An organisation formed within the policy's grace: no reason needed. */
    public FormSelfGovernanceCommand(CompoundId compoundId, SelfGovernanceKind kind, String name, LocalDate formedOn) {
        this(compoundId, kind, name, formedOn, null);
    }
}
