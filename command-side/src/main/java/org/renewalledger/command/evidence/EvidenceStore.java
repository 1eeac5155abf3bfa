package org.renewalledger.command.evidence;

import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.kernel.evidence.EvidenceType;

/**
 * Where uploaded files are kept, each once under its hash (content-addressed); infra implements it (a directory
 * under the data directory by default, docs/OPERATIONS.md). Storing the same bytes again changes nothing.
 */
public interface EvidenceStore {

    /**
     * Keeps {@code bytes} (and an image's {@code thumbnail}, a PNG, or null) under {@code hash}, noting the type and
     * the jurisdiction of the first uploader, who decides who may read it.
     */
    void put(EvidenceHash hash, EvidenceType type, byte[] bytes, byte[] thumbnail, JurisdictionCode uploadedIn);
}
