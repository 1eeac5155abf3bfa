package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit of the roster as a reader sees it: its exclusive area (m²) and basis, its owners' references, whether the
 * developer holds it, and {@code countsAs}, the voter it counts for under Art. 9 ({@link Electorate#voterOf}).
 */
public record RosterUnitView(String unit, BigDecimal exclusiveArea, String areaBasis, List<String> owners,
                             boolean developerHeld, String countsAs) {
}
