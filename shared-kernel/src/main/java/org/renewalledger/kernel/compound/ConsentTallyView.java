package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A consent count as the read model shows it: each owner's latest vote summed by headcount and area (m²),
 * against the electorate; {@code votesCast} counts every vote ever recorded, changed ones included.
 * {@code closedAt}, {@code passed} and {@code rule} are set once the count has closed. {@code round} is the count's
 * round (a revised scheme is counted again) and {@code electorateBasis} what its electorate was taken from
 * (OWNERS_ROSTER, or REGISTERED_FLOOR_AREA for counts decided before the roster existed).
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
        String rule,
        int round,
        String electorateBasis) {
}
