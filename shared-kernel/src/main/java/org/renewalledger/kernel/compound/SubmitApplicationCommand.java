package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** The owners' committee (or self-governance group) applies in writing for renovation (居民提出申请). */
public record SubmitApplicationCommand(@TargetAggregateIdentifier CompoundId compoundId, String applicant,
                                       LocalDate appliedOn) {

    public SubmitApplicationCommand {
        Require.present("compoundId", compoundId);
        applicant = Require.text("applicant", applicant, 100);
        Require.present("appliedOn", appliedOn);
    }
}
