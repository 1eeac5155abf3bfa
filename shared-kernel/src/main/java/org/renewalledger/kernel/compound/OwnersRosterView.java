package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.util.List;

/** The owners' roster: its units, and the electorate it makes now (Art. 9 headcount, Art. 8 total area in m²). */
public record OwnersRosterView(String compoundId, int units, long headcount, BigDecimal totalArea,
                               List<RosterUnitView> roster) {
}
