package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.Area;

/**
 * A vote that an earlier build kept inside the compound's own stream and that carries into the count's own
 * stream as it stood: the voter it counts for, its choice and the voter's area.
 */
public record BallotCarried(String voter, ConsentChoice choice, Area area) {
}
