package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * The owners' committee (or self-governance group) applies in writing for renovation (居民提出申请). {@code appliedOn}
 * is a claimed date: {@code backdatingReason} explains one beyond the policy's grace.
 */
public record SubmitApplicationCommand(@TargetAggregateIdentifier CompoundId compoundId, String applicant,
                                       LocalDate appliedOn, String backdatingReason) {

    public SubmitApplicationCommand {
        Require.present("compoundId", compoundId);
        applicant = Require.text("applicant", applicant, 100);
        Require.present("appliedOn", appliedOn);
    }

    /** An application dated within the policy's grace: no reason needed. */
    public SubmitApplicationCommand(CompoundId compoundId, String applicant, LocalDate appliedOn) {
        this(compoundId, applicant, appliedOn, null);
    }
}
