package org.renewalledger.kernel.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Sets the assessment policy a jurisdiction (province, city or county) applies to its monthly assessments from
 * now on: a new definition under a new version name, or a built-in one by its name (then {@code policy} is the
 * built-in definition). Months already closed keep the policy they were published under.
 */
public record SetAssessmentPolicyCommand(JurisdictionCode jurisdiction, AssessmentPolicy policy) implements JurisdictionScoped {

    public SetAssessmentPolicyCommand {
        Require.present("jurisdiction", jurisdiction);
        Require.present("policy", policy);
        if (jurisdiction.value().length() != 6) {
            throw DomainException.invalid("jurisdiction", "Policies are set for a province, city or county (six digits)");
        }
        Require.text("version", policy.version(), 60);
    }

    @TargetAggregateIdentifier
    public String registerId() {
        return SetJurisdictionPolicyCommand.REGISTER_ID;
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
