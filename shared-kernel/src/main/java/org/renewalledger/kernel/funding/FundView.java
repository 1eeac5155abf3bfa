package org.renewalledger.kernel.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A fund as of an instant: what its holder committed, what it received from the level above, what it
 * allocated down (net of reversals) and what is left, with every entry in order and who recorded it.
 */
public record FundView(
        String fundId,
        String level,
        String holder,
        String source,
        int year,
        Instant asOf,
        BigDecimal committed,
        BigDecimal received,
        BigDecimal allocated,
        BigDecimal available,
        List<FundEntryView> entries) {
}
