package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A consent count as the read model shows it: each owner's latest vote summed by headcount and area (m²),
 * against the electorate; {@code votesCast} counts every vote ever recorded, changed ones included.
 * {@code closedAt}, {@code passed} and {@code rule} are set once the count has closed.
 */
public record ConsentTallyView(
        String compoundId,
        String matter,
        long eligibleOwners,
        BigDecimal eligibleArea,
        long agreeOwners,
        BigDecimal agreeArea,
        long disagreeOwners,
        BigDecimal disagreeArea,
        long abstainOwners,
        BigDecimal abstainArea,
        long votesCast,
        Instant closedAt,
        Boolean passed,
        String rule) {
}
