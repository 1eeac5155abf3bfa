package org.renewalledger.kernel.compound;

/** What a consent count's electorate was taken from. */
public enum ElectorateBasis {
    /** The owners' roster frozen when the count opened (法释〔2009〕7号 Art. 8, 9). */
    OWNERS_ROSTER,
    /**
     * The compound's registered households and floor area: counts closed before the roster existed were decided
     * so, and stay as decided.
     */
    REGISTERED_FLOOR_AREA
}
