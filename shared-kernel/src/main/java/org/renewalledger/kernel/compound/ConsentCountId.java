package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.DomainException;

/**
 * Names one consent count's own event stream (ConsentCount): a compound's count on a matter, or the elevator count
 * of one of its stairwell units. Its string form keys the stream, so it never equals a compound's code.
 */
public record ConsentCountId(CompoundId compoundId, ConsentMatter matter, StairwellUnit stairwell) {

    public ConsentCountId {
        if (compoundId == null || (matter == null) == (stairwell == null)) {
            throw DomainException.invalid("countId", "A count is on a compound's matter or on one stairwell's elevator");
        }
    }

    public static ConsentCountId of(CompoundId compoundId, ConsentMatter matter) {
        return new ConsentCountId(compoundId, matter, null);
    }

    public static ConsentCountId ofElevator(CompoundId compoundId, StairwellUnit stairwell) {
        return new ConsentCountId(compoundId, null, stairwell);
    }

    /** Axon keys event streams by the identifier's string form: {@code 520523001-001#SCHEME}, {@code …#elevator:3-2}. */
    @Override
    public String toString() {
        return compoundId.value() + "#" + (matter != null ? matter.name() : "elevator:" + stairwell.value());
    }
}
