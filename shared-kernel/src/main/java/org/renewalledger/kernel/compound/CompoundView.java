package org.renewalledger.kernel.compound;

import java.math.BigDecimal;
import java.time.Instant;

/** A compound as the read model shows it. floorArea in m²; {@code registeredAt} is the event's own time. */
public record CompoundView(
        String compoundId,
        String name,
        String jurisdictionCode,
        String streetOfficeCode,
        String streetOfficeName,
        int builtYear,
        int buildings,
        int households,
        BigDecimal floorArea,
        String status,
        Instant registeredAt,
        String registeredBy) {
}
