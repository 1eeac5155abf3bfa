package org.renewalledger.kernel.compound;

/** One compound by its code; answered with a {@link CompoundView}, or nothing when unknown. */
public record FindCompoundQuery(CompoundId compoundId) {
}
