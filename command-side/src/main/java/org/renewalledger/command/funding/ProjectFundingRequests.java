package org.renewalledger.command.funding;

import java.math.BigDecimal;
import java.util.Arrays;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.CostStage;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.RecordBudgetOverrideCommand;
import org.renewalledger.kernel.funding.RecordCostFigureCommand;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;
import org.renewalledger.kernel.funding.UtilityWork;

/**
 * The JSON bodies of the funding commands. Amounts are yuan with at most two decimals; the idempotency
 * key is the caller's own reference (e.g. the payment order number). Checks live in the domain types.
 */
final class ProjectFundingRequests {

    private ProjectFundingRequests() {
    }

    record Allocation(String jurisdictionCode, String source, BigDecimal amount, String idempotencyKey,
                      String overrideDecisionId) {

        AllocateFundsCommand toCommand(String projectId) {
            return new AllocateFundsCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("source", FundingSource.class, source),
                    Money.ofYuan(Require.present("amount", amount)),
                    key(idempotencyKey), overrideDecisionId);
        }
    }

    /** A decision to allocate past the approved budget; who decided is the caller. */
    record BudgetOverride(String jurisdictionCode, String decisionId, BigDecimal amount, String reason, String document) {

        RecordBudgetOverrideCommand toCommand(String projectId) {
            return new RecordBudgetOverrideCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode), decisionId,
                    Money.ofYuan(Require.present("amount", amount)), reason, document);
        }
    }

    /** One of the cost figures an auditor follows (财评, contract, final accounts, audited settlement), with its document. */
    record CostFigure(String jurisdictionCode, String stage, BigDecimal amount, String document, String reference) {

        RecordCostFigureCommand toCommand(String projectId) {
            return new RecordCostFigureCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("stage", CostStage.class, stage),
                    Money.ofYuan(Require.present("amount", amount)), document, reference);
        }
    }

    record Disbursement(String jurisdictionCode, String source, BigDecimal amount, String recipient,
                        String idempotencyKey) {

        DisburseSubsidyCommand toCommand(String projectId) {
            return new DisburseSubsidyCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("source", FundingSource.class, source),
                    Money.ofYuan(Require.present("amount", amount)),
                    recipient,
                    key(idempotencyKey));
        }
    }

    record Expenditure(String jurisdictionCode, String source, BigDecimal amount, String payee, String purpose,
                       String idempotencyKey) {

        RecordExpenditureCommand toCommand(String projectId) {
            return new RecordExpenditureCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("source", FundingSource.class, source),
                    Money.ofYuan(Require.present("amount", amount)),
                    payee, purpose, key(idempotencyKey));
        }
    }

    record ResidentContribution(String jurisdictionCode, BigDecimal amount, Integer households, String idempotencyKey) {

        RecordResidentContributionCommand toCommand(String projectId) {
            return new RecordResidentContributionCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    Money.ofYuan(Require.present("amount", amount)),
                    Require.present("households", households), key(idempotencyKey));
        }
    }

    record UtilityCostShare(String jurisdictionCode, String work, BigDecimal totalCost, String utilityCompany,
                            String idempotencyKey) {

        ShareUtilityCostCommand toCommand(String projectId) {
            return new ShareUtilityCostCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("work", UtilityWork.class, work),
                    Money.ofYuan(Require.present("totalCost", totalCost)),
                    utilityCompany, key(idempotencyKey));
        }
    }

    record AuditFinding(String jurisdictionCode, String source, BigDecimal amount, String finding, String idempotencyKey) {

        RecordAuditFindingCommand toCommand(String projectId) {
            return new RecordAuditFindingCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("source", FundingSource.class, source),
                    Money.ofYuan(Require.present("amount", amount)),
                    finding, key(idempotencyKey));
        }
    }

    record Clawback(String jurisdictionCode, String findingEntryId, BigDecimal amount, String idempotencyKey) {

        ClawBackFundsCommand toCommand(String projectId) {
            return new ClawBackFundsCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    findingEntryId, Money.ofYuan(Require.present("amount", amount)), key(idempotencyKey));
        }
    }

    record Reversal(String jurisdictionCode, String entryId, String reason, String idempotencyKey) {

        ReverseEntryCommand toCommand(String projectId) {
            return new ReverseEntryCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    entryId, reason, key(idempotencyKey));
        }
    }

    record Milestone(String jurisdictionCode, String milestone) {

        RecordFundingMilestoneCommand toCommand(String projectId) {
            return new RecordFundingMilestoneCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("milestone", FundingMilestone.class, milestone));
        }
    }

    private static IdempotencyKey key(String idempotencyKey) {
        return IdempotencyKey.of(Require.text("idempotencyKey", idempotencyKey, 100));
    }

    private static <E extends Enum<E>> E parse(String field, Class<E> type, String value) {
        String name = Require.text(field, value, 64);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(field,
                        field + " must be one of " + Arrays.toString(type.getEnumConstants())));
    }
}
