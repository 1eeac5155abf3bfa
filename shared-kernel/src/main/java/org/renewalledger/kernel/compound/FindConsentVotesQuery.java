package org.renewalledger.kernel.compound;

/** Each owner's latest vote on one matter of one compound, with their personal details where still held. */
public record FindConsentVotesQuery(CompoundId compoundId, ConsentMatter matter) {
}
