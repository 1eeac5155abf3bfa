package org.renewalledger.kernel.compound;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The elevator count of a stairwell unit closed. {@code passed} only when the unit's tally meets the rule
 * AND every shaft owner's latest vote agrees; {@code shaftOwnersNotAgreeing} names those who did not.
 */
@Revision("1")
public record ElevatorConsentClosedEvent(CompoundId compoundId, StairwellUnit unit, ConsentTally tally,
                                         List<OwnerReference> shaftOwnersNotAgreeing, boolean passed, String rule,
                                         Instant closedAt) implements CompoundEvent {
}
