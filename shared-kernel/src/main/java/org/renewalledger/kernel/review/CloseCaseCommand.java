package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Close the case: after an accepted rectification, or when the conclusion needed none. */
public record CloseCaseCommand(@TargetAggregateIdentifier CaseId caseId, String note) {

    public CloseCaseCommand {
        Require.present("caseId", caseId);
        note = Require.text("note", note, 2000);
    }
}
