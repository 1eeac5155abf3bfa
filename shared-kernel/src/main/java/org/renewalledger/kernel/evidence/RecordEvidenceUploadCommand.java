package org.renewalledger.kernel.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Records that a file, already stored under its hash, was uploaded in {@code jurisdiction} (the uploader's own: it
 * decides who may read the file). The HTTP layer computes the hash, the type (by the file's own bytes) and the size;
 * the uploader comes from the command's metadata.
 */
public record RecordEvidenceUploadCommand(@TargetAggregateIdentifier String streamId, EvidenceHash hash,
                                          EvidenceType type, long size, JurisdictionCode jurisdiction)
        implements JurisdictionScoped {

    public RecordEvidenceUploadCommand {
        Require.present("hash", hash);
        Require.present("type", type);
        Require.present("jurisdiction", jurisdiction);
        if (size < 1) {
            throw DomainException.invalid("file", "An empty file is no evidence");
        }
        streamId = hash.streamId();
    }

    public RecordEvidenceUploadCommand(EvidenceHash hash, EvidenceType type, long size, JurisdictionCode jurisdiction) {
        this(null, hash, type, size, jurisdiction);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
