package org.renewalledger.kernel.compound;

/**
 * The electorate behind one count and how each of its units voted, in one answer ({@link CountElectorateView}):
 * for auditors, and as the printable tally sheet. {@code round} null means the latest round.
 */
public record FindCountElectorateQuery(CompoundId compoundId, ConsentMatter matter, Integer round) {
}
