package org.renewalledger.query.evidence;

import java.util.Optional;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.kernel.evidence.EvidenceType;

/** Reads the content-addressed evidence store (infra implements it, beside the command side's writer). */
public interface EvidenceFiles {

    /** What is stored under {@code hash}, or empty when nothing is. */
    Optional<Stored> find(EvidenceHash hash);

    /** The file's bytes; the thumbnail's (a PNG) when {@code thumbnail} and the file is an image, else empty. */
    Optional<byte[]> read(EvidenceHash hash, boolean thumbnail);

    /** A stored file: its type, size and the jurisdiction of its first uploader. */
    record Stored(EvidenceHash hash, EvidenceType type, long size, JurisdictionCode uploadedIn) {
    }
}
