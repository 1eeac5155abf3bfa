package org.renewalledger.kernel.compound;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A surveyed compound was admitted to the programme. {@code eligibilityRule} names the rule under which
 * it was admitted, so an auditor sees why without re-deriving the policy.
 */
@Revision("1")
public record CompoundRegisteredEvent(
        CompoundId compoundId,
        String name,
        JurisdictionCode jurisdiction,
        JurisdictionCode streetOffice,
        String streetOfficeName,
        int builtYear,
        int buildings,
        int households,
        Area floorArea,
        String eligibilityRule) implements CompoundEvent {
}
