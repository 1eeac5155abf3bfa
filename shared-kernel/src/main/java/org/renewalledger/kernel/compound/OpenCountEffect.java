package org.renewalledger.kernel.compound;

/**
 * What a roster change does to a consent count that is open at the time: {@code effect} says it in words an
 * auditor reads. The electorate of an open count is frozen at its opening, so a change counts from the next count.
 */
public record OpenCountEffect(ConsentMatter matter, int round, String effect) {
}
