package org.renewalledger.kernel.compound;

import java.util.List;

/** The units still to canvass on a count ({@code round} 0 when the count has not opened yet). */
public record UnitsNotVotedView(String compoundId, String matter, int round, List<RosterUnitView> units) {
}
