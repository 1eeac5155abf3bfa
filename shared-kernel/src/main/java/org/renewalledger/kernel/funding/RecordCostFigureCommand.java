package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * Records one of the amounts an auditor follows (财评, contract, final accounts, audited settlement) with the
 * document it comes from. Recording a stage again is a correction: the later figure stands, both stay on file.
 *
 * @param document the SHA-256 of the document in the evidence store
 */
public record RecordCostFigureCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        CostStage stage,
        Money amount,
        String document,
        String reference) implements JurisdictionScoped {

    public RecordCostFigureCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("stage", stage);
        Require.present("amount", amount);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "A cost figure is more than zero");
        }
        document = DocumentReference.require("document", document);
        reference = Require.text("reference", reference, 200);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
