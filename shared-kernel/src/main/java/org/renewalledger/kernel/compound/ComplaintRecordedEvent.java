package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/** A hotline complaint about the works was recorded; {@code streetOffice} lets search scope it to an area. */
@Revision("1")
public record ComplaintRecordedEvent(CompoundId compoundId, JurisdictionCode streetOffice, String ticket, String summary,
                                     Instant receivedAt)
        implements CompoundEvent {
}
