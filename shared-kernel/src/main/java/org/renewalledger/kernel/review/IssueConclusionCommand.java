package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Send the written conclusion of the review to the unit; starts the unit's time to object. */
public record IssueConclusionCommand(@TargetAggregateIdentifier CaseId caseId, String conclusion) {

    public IssueConclusionCommand {
        Require.present("caseId", caseId);
        conclusion = Require.text("conclusion", conclusion, 2000);
    }
}
