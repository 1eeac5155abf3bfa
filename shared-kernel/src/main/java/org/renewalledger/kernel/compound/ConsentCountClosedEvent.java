package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The count on a matter closed with this final tally. {@code passed} and {@code rule} are the consent
 * policy's verdict at closing (the policy version is in the metadata); approval re-checks the tally under
 * the policy in force then and records that too.
 */
@Revision("1")
public record ConsentCountClosedEvent(
        CompoundId compoundId,
        ConsentMatter matter,
        ConsentTally tally,
        boolean passed,
        String rule,
        Instant closedAt) implements CompoundEvent {
}
