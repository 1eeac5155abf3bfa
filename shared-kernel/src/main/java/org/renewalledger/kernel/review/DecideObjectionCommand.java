package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Decide the unit's objection: uphold it (withdraw the conclusion) or dismiss it. */
public record DecideObjectionCommand(@TargetAggregateIdentifier CaseId caseId, boolean upheld, String reasoning) {

    public DecideObjectionCommand {
        Require.present("caseId", caseId);
        reasoning = Require.text("reasoning", reasoning, 2000);
    }
}
