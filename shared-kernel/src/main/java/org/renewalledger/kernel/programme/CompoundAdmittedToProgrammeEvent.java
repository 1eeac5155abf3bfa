package org.renewalledger.kernel.programme;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * A county's programme gave a compound a place, in the same transaction as the compound's registration.
 * {@code admittedAfter} and {@code extensionsAfter} are the programme's counts including this compound, so
 * an auditor sees the cap arithmetic without replaying the stream.
 */
@Revision("1")
public record CompoundAdmittedToProgrammeEvent(
        String programmeId,
        JurisdictionCode county,
        CompoundId compoundId,
        int builtYear,
        PlaceKind place,
        String eligibilityRule,
        long admittedAfter,
        long extensionsAfter) implements ProgrammeEvent {
}
