package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Verify the evidence: accept it (rectified) or reject it (the order stands). */
public record VerifyRectificationCommand(@TargetAggregateIdentifier CaseId caseId, boolean accepted, String note) {

    public VerifyRectificationCommand {
        Require.present("caseId", caseId);
        note = Require.text("note", note, 2000);
    }
}
