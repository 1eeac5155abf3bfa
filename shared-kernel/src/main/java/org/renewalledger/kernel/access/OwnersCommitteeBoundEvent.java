package org.renewalledger.kernel.access;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;

/** The owners' committee {@code committeeId} acts for the compound. */
@Revision("1")
public record OwnersCommitteeBoundEvent(CompoundId compoundId, JurisdictionCode streetOffice, String committeeId) {
}
