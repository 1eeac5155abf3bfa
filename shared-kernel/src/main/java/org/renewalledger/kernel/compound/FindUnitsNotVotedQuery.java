package org.renewalledger.kernel.compound;

/**
 * The units of a count's electorate whose voter has not voted yet, for door-to-door canvassing; before the count
 * opens, the roster's units. Answered with a {@link UnitsNotVotedView}.
 */
public record FindUnitsNotVotedQuery(CompoundId compoundId, ConsentMatter matter) {
}
