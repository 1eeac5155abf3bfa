package org.renewalledger.kernel.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Refer the case for accountability (问责). */
public record ReferForAccountabilityCommand(@TargetAggregateIdentifier CaseId caseId, String reason) {

    public ReferForAccountabilityCommand {
        Require.present("caseId", caseId);
        reason = Require.text("reason", reason, 2000);
    }
}
