package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One unit of a count's frozen electorate and the vote that counts for it (its voter's latest), or nulls where
 * the voter has not voted. {@code proxy} is the proxy's reference for a vote by proxy.
 */
public record ElectorUnitView(String unit, BigDecimal exclusiveArea, String areaBasis, boolean developerHeld,
                              String countsAs, String choice, String channel, Instant castAt, String proxy,
                              String proxyEvidence) {
}
