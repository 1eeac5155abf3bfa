package org.renewalledger.kernel.funding;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;

/** A decision raised the project's allocation cap above its approved budget by {@code amount}; who decided, as what, and why. */
@Revision("1")
public record BudgetOverrideRecordedEvent(
        ProjectId projectId,
        JurisdictionCode jurisdiction,
        String decisionId,
        Money amount,
        String reason,
        String document,
        String decidedBy,
        Role decidedAs) implements ProjectFundingEvent {
}
