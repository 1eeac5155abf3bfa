package org.renewalledger.kernel.review;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * The unit submits evidence of its rectification: a description, and the uploaded files (photos, scans) by hash,
 * which the policy requires by default.
 */
public record SubmitEvidenceCommand(@TargetAggregateIdentifier CaseId caseId, String evidence,
                                    List<EvidenceHash> attachments) {

    public SubmitEvidenceCommand {
        Require.present("caseId", caseId);
        evidence = Require.text("evidence", evidence, 2000);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public SubmitEvidenceCommand(CaseId caseId, String evidence) {
        this(caseId, evidence, List.of());
    }
}
