package org.renewalledger.kernel.review;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Order the unit to rectify by a deadline (限期整改). */
public record OrderRectificationCommand(@TargetAggregateIdentifier CaseId caseId, String requirement, LocalDate deadline) {

    public OrderRectificationCommand {
        Require.present("caseId", caseId);
        requirement = Require.text("requirement", requirement, 2000);
        Require.present("deadline", deadline);
    }
}
