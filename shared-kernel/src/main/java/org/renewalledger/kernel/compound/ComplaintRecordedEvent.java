package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A hotline complaint about the works was recorded. */
@Revision("1")
public record ComplaintRecordedEvent(CompoundId compoundId, String ticket, String summary, Instant receivedAt)
        implements CompoundEvent {
}
