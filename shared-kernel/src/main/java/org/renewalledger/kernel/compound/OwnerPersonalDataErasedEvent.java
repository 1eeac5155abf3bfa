package org.renewalledger.kernel.compound;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.privacy.DataSubject;

/**
 * An owner's personal data was erased: their key is gone, so their sealed details read as a placeholder
 * everywhere. The event names the subject and the request's file number only; who erased it is in the
 * metadata like on every event.
 */
@Revision("1")
public record OwnerPersonalDataErasedEvent(CompoundId compoundId, OwnerReference owner, DataSubject subject, String request)
        implements CompoundEvent {
}
