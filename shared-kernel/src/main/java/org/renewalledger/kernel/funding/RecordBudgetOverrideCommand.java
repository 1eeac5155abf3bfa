package org.renewalledger.kernel.funding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;

/**
 * Records a decision to allocate more than the approved budget (超概算调整): how much more, why, and the decision's
 * document. Who decided is the actor on the command's metadata, kept in the event. An allocation past the budget
 * names this decision by its id.
 *
 * @param document the SHA-256 (64 hex characters) of the signed decision in the evidence store; optional
 */
public record RecordBudgetOverrideCommand(
        @TargetAggregateIdentifier ProjectId projectId,
        JurisdictionCode jurisdiction,
        String decisionId,
        Money amount,
        String reason,
        String document) implements JurisdictionScoped {

    public RecordBudgetOverrideCommand {
        Require.present("projectId", projectId);
        Require.present("jurisdictionCode", jurisdiction);
        decisionId = DecisionIds.require("decisionId", decisionId);
        Require.present("amount", amount);
        if (!amount.isPositive()) {
            throw DomainException.invalid("amount", "An override raises the cap by more than zero");
        }
        reason = Require.text("reason", reason, 1000);
        document = DocumentReference.optional("document", document);
    }

    @Override
    public JurisdictionCode scope() {
        return jurisdiction;
    }
}
