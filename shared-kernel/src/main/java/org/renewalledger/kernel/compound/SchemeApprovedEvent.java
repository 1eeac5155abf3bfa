package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/**
 * The scheme was approved. It keeps what the decision rested on: the consent tally and the rule it met,
 * the notice's last day, the budget and the residents' share, and the policy version that applied.
 */
@Revision("1")
public record SchemeApprovedEvent(
        CompoundId compoundId,
        LocalDate decidedOn,
        ConsentTally schemeConsent,
        String consentRule,
        LocalDate noticeLastDay,
        Money budget,
        Money residentShare,
        String fundingRule,
        String policyVersion) implements CompoundEvent {
}
