package org.renewalledger.command.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.policy.SetAssessmentPolicyCommand;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;

/**
 * The register of jurisdiction policies: one stream for all jurisdictions (a few thousand events at most,
 * nationally), so version names stay unique and a node can load every policy at start-up in one read.
 */
@Aggregate
class PolicyRegister {

    @AggregateIdentifier
    private String registerId;
    private final Set<String> versions = new HashSet<>();
    private final Map<String, AssessmentPolicy> assessmentPolicies = new HashMap<>();

    PolicyRegister() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetJurisdictionPolicyCommand command) {
        if (versions.contains(command.version()) || assessmentPolicies.containsKey(command.version())
                || AssessmentPolicy.named(command.version()) != null) {
            throw new DomainException(ErrorCode.POLICY_VERSION_REUSED,
                    "Policy version " + command.version() + " already exists; a changed policy needs a new version name", "version");
        }
        try {
            ConsentPolicy.named(command.consentPolicy());
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("consentPolicy",
                    "consentPolicy is one of double-two-thirds, civil-code-278-major, civil-code-278-ordinary");
        }
        apply(new JurisdictionPolicySetEvent(command.registerId(), command.jurisdiction(), command.version(),
                command.builtBeforeYear(), command.consentPolicy(), command.noticeWorkingDays(),
                command.minimumResidentSharePercent(), command.extensionBuiltBeforeYear(), command.extensionCapPercent(),
                PeriodCounting.CIVIL_CODE_ART_201.label(), command.backdatingGraceDays(), command.evidenceRequired()));
    }

    /**
     * A version name always means one definition: a built-in policy may be chosen by its name (with its own
     * definition), a policy already set elsewhere may be chosen again with the same definition, and a changed
     * definition needs a new name.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetAssessmentPolicyCommand command) {
        String version = command.policy().version();
        AssessmentPolicy known = AssessmentPolicy.named(version);
        if (known == null) {
            known = assessmentPolicies.get(version);
        }
        if (versions.contains(version) || (known != null && !known.equals(command.policy()))) {
            throw new DomainException(ErrorCode.POLICY_VERSION_REUSED,
                    "Policy version " + version + " already names other rules; a changed policy needs a new version name", "version");
        }
        apply(new AssessmentPolicySetEvent(command.registerId(), command.jurisdiction(), command.policy()));
    }

    @EventSourcingHandler
    void on(AssessmentPolicySetEvent event) {
        this.registerId = event.registerId();
        assessmentPolicies.put(event.policy().version(), event.policy());
    }

    @EventSourcingHandler
    void on(JurisdictionPolicySetEvent event) {
        this.registerId = event.registerId();
        versions.add(event.version());
    }
}
