package org.renewalledger.kernel.evidence;

import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A file was uploaded as evidence and stored once under {@code hash}; {@code uploader} and {@code jurisdiction} are
 * whoever first uploaded it (the metadata keeps their role, as for every event). Sealed into the audit chain, so the
 * hash an auditor recomputes from the stored file is checked against a hash no one could have changed.
 */
@Revision("1")
public record EvidenceUploadedEvent(String streamId, EvidenceHash hash, EvidenceType type, long size, String uploader,
                                    JurisdictionCode jurisdiction) {
}
