package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** The unit objects to the written conclusion (within the policy's days of it). */
public record LodgeObjectionCommand(@TargetAggregateIdentifier CaseId caseId, String grounds) {

    public LodgeObjectionCommand {
        Require.present("caseId", caseId);
        grounds = Require.text("grounds", grounds, 2000);
    }
}
