package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/** The initial scheme is on file; {@code budget} is the sum of its items. */
@Revision("2")
public record SchemeSubmittedEvent(
        CompoundId compoundId,
        List<SchemeItem> items,
        Money budget,
        List<FundingLine> funding,
        String longTermManagementPlan) implements CompoundEvent {
}
