package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A count with its electorate: what it was taken from ({@code electorateBasis}: the owners' roster frozen at
 * {@code openedAt}, or, for counts closed before the roster existed, the registered households and floor area,
 * which list no units), its headcount and total area, the tally, the verdict once closed, and every unit of the
 * electorate with the vote that counts for it.
 */
public record CountElectorateView(String compoundId, String matter, int round, String electorateBasis, Instant openedAt,
                                  int units, long headcount, BigDecimal totalArea,
                                  long agreeOwners, BigDecimal agreeArea, long disagreeOwners, BigDecimal disagreeArea,
                                  long abstainOwners, BigDecimal abstainArea,
                                  Instant closedAt, Boolean passed, String rule, List<ElectorUnitView> electorate) {
}
