package org.renewalledger.command.evidence;

import java.util.List;
import java.util.function.Predicate;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * Which files have been uploaded: each upload is its own event stream ({@link EvidenceHash#streamId()}), so a
 * command that names attachments is checked against the event store, the record the audit chain covers, not
 * against the file store alone.
 */
public final class EvidenceRegister {

    private final Predicate<String> streamExists;

    public EvidenceRegister(Predicate<String> streamExists) {
        this.streamExists = streamExists;
    }

    /** Refuses a command naming a file that was never uploaded. */
    public void requireUploaded(List<EvidenceHash> attachments) {
        for (EvidenceHash hash : attachments) {
            requireUploaded("attachments", hash);
        }
    }

    /**
     * Refuses a command whose document, named by its SHA-256 in {@code field}, was never uploaded; a command without
     * one ({@code null}) passes, since whether a document is required is the command's own rule.
     */
    public void requireUploaded(String field, String sha256) {
        if (sha256 != null) {
            requireUploaded(field, EvidenceHash.parse(sha256));
        }
    }

    private void requireUploaded(String field, EvidenceHash hash) {
        if (!streamExists.test(hash.streamId())) {
            throw new DomainException(ErrorCode.EVIDENCE_NOT_FOUND,
                    "No file with SHA-256 " + hash + " was uploaded; upload it first (POST /api/evidence)", field);
        }
    }
}
