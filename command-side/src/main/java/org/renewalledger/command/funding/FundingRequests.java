package org.renewalledger.command.funding;

import java.math.BigDecimal;
import java.util.Arrays;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.FundingMilestone;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;

/**
 * The JSON bodies of the funding commands. Amounts are yuan with at most two decimals; the idempotency
 * key is the caller's own reference (e.g. the payment order number). Checks live in the domain types.
 */
final class FundingRequests {

    private FundingRequests() {
    }

    record Allocation(String jurisdictionCode, String source, BigDecimal amount, String idempotencyKey) {

        AllocateFundsCommand toCommand(String projectId) {
            return new AllocateFundsCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("source", FundingSource.class, source),
                    Money.ofYuan(Require.present("amount", amount)),
                    IdempotencyKey.of(Require.text("idempotencyKey", idempotencyKey, 100)));
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
                    IdempotencyKey.of(Require.text("idempotencyKey", idempotencyKey, 100)));
        }
    }

    record Milestone(String jurisdictionCode, String milestone) {

        RecordFundingMilestoneCommand toCommand(String projectId) {
            return new RecordFundingMilestoneCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                    parse("milestone", FundingMilestone.class, milestone));
        }
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
