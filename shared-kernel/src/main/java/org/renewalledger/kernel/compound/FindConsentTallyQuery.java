package org.renewalledger.kernel.compound;

/** The live tally of one consent count; answered with a {@link ConsentTallyView}, or nothing when unknown. */
public record FindConsentTallyQuery(CompoundId compoundId, ConsentMatter matter) {
}
