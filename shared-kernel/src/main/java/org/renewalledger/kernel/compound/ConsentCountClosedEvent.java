package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The count on a matter closed with this final tally. {@code passed} and {@code rule} are the consent
 * policy's verdict at closing (the policy version is in the metadata); approval re-checks the tally under
 * the policy in force then and records that too. Revision 2: {@code round} (a revised scheme is counted
 * again) and {@code electorateBasis}; counts closed before (revision 1) were decided on the compound's
 * registered households and floor area and read so.
 */
@Revision("2")
public record ConsentCountClosedEvent(
        CompoundId compoundId,
        ConsentMatter matter,
        ConsentTally tally,
        boolean passed,
        String rule,
        Instant closedAt,
        int round,
        ElectorateBasis electorateBasis) implements CompoundEvent {

    /** The first count on a matter, over the owners' roster. */
    public ConsentCountClosedEvent(CompoundId compoundId, ConsentMatter matter, ConsentTally tally, boolean passed,
                                   String rule, Instant closedAt) {
        this(compoundId, matter, tally, passed, rule, closedAt, 1, ElectorateBasis.OWNERS_ROSTER);
    }
}
