package org.renewalledger.kernel.policy;

/** Everything that happens to the register of jurisdiction policies (one stream). */
public sealed interface PolicyRegisterEvent permits JurisdictionPolicySetEvent, AssessmentPolicySetEvent {

    String registerId();
}
