package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.DateClaim;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A hotline complaint about the works was recorded; {@code streetOffice} lets search scope it to an area. Revision 2
 * adds how the claimed {@code receivedAt} stood against the day it was recorded ({@code dateClaim}).
 */
@Revision("2")
public record ComplaintRecordedEvent(CompoundId compoundId, JurisdictionCode streetOffice, String ticket, String summary,
                                     Instant receivedAt, DateClaim dateClaim)
        implements CompoundEvent {

    public ComplaintRecordedEvent {
        dateClaim = dateClaim == null ? DateClaim.ON_TIME : dateClaim;
    }

    public ComplaintRecordedEvent(CompoundId compoundId, JurisdictionCode streetOffice, String ticket, String summary,
                                  Instant receivedAt) {
        this(compoundId, streetOffice, ticket, summary, receivedAt, DateClaim.ON_TIME);
    }
}
