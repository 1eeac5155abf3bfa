package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One owner's latest vote as the consent register shows it. {@code name}, {@code phone} and
 * {@code idNumber} come out of the vault at read time (phone and ID number masked); for an erased owner
 * they read {@link #ERASED} and {@code erased} is true, while the vote itself still counts.
 */
public record OwnerVoteView(String owner, String name, String phone, String idNumber, boolean erased, String choice,
                            BigDecimal exclusiveArea, String channel, Instant castAt) {

    /** What a shredded subject's personal data reads as. */
    public static final String ERASED = "[已删除 erased]";
}
