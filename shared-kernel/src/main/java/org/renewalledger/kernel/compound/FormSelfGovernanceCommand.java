package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Records that the residents formed their self-governance organisation. */
public record FormSelfGovernanceCommand(@TargetAggregateIdentifier CompoundId compoundId, SelfGovernanceKind kind,
                                        String name, LocalDate formedOn) {

    public FormSelfGovernanceCommand {
        Require.present("compoundId", compoundId);
        Require.present("kind", kind);
        name = Require.text("name", name, 100);
        Require.present("formedOn", formedOn);
    }
}
