package org.renewalledger.kernel.compound;

/** The compound's owners' roster as it stands; answered with an {@link OwnersRosterView}. */
public record FindOwnersRosterQuery(CompoundId compoundId) {
}
