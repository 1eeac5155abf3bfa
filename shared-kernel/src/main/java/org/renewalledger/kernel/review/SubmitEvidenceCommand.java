package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** The unit submits evidence of its rectification. */
public record SubmitEvidenceCommand(@TargetAggregateIdentifier CaseId caseId, String evidence) {

    public SubmitEvidenceCommand {
        Require.present("caseId", caseId);
        evidence = Require.text("evidence", evidence, 2000);
    }
}
