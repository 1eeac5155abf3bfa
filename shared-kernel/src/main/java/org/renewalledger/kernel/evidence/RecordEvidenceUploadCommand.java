package org.renewalledger.kernel.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * Records that a file, already stored under its hash, was uploaded. The HTTP layer computes the hash, the type (by
 * the file's own bytes) and the size; the uploader comes from the command's metadata.
 */
public record RecordEvidenceUploadCommand(@TargetAggregateIdentifier String streamId, EvidenceHash hash,
                                          EvidenceType type, long size) {

    public RecordEvidenceUploadCommand {
        Require.present("hash", hash);
        Require.present("type", type);
        if (size < 1) {
            throw org.renewalledger.kernel.common.DomainException.invalid("file", "An empty file is no evidence");
        }
        streamId = hash.streamId();
    }

    public RecordEvidenceUploadCommand(EvidenceHash hash, EvidenceType type, long size) {
        this(null, hash, type, size);
    }
}
