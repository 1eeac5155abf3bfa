package org.renewalledger.command.policy;

import java.util.List;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * Which steps must carry uploaded evidence (photos, signed forms, scans): a jurisdiction's choice, versioned with
 * its other rules. The shipped default requires it for completion acceptance (the signed acceptance record), a
 * rectification's evidence in a review case, and a notice (a photo of the posted notice), because a head count
 * or a sentence alone is a claim, not a record.
 */
public record EvidencePolicy(boolean required) {

    public static final EvidencePolicy DEFAULT = new EvidencePolicy(true);

    /** Refuses {@code step} without attachments when the policy requires them. */
    public void requireFor(String step, List<?> attachments) {
        if (required && (attachments == null || attachments.isEmpty())) {
            throw new DomainException(ErrorCode.EVIDENCE_REQUIRED, step + " needs evidence attached (" + rule()
                    + "): upload the file (POST /api/evidence) and send its hash in attachments", "attachments");
        }
    }

    public String rule() {
        return required ? "evidence required for completion acceptance, rectification and notices" : "evidence optional";
    }
}
