package org.renewalledger.command.funding;

import java.math.BigDecimal;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.AllocateFromFundCommand;
import org.renewalledger.kernel.funding.CommitFundsCommand;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.LinkFundingToCompoundCommand;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.ReverseFundEntryCommand;

/** The JSON bodies of the fund commands and of the project–compound link; checks live in the domain types. */
final class FundRequests {

    private FundRequests() {
    }

    record Commitment(BigDecimal amount, String idempotencyKey) {

        CommitFundsCommand toCommand(String fundId) {
            return new CommitFundsCommand(FundId.parse(fundId), Money.ofYuan(Require.present("amount", amount)), key(idempotencyKey));
        }
    }

    /** {@code toJurisdiction} for a lower fund, or {@code toProject} from a county fund. */
    record Allocation(String toJurisdiction, String toProject, BigDecimal amount, String idempotencyKey) {

        AllocateFromFundCommand toCommand(String fundId) {
            return new AllocateFromFundCommand(FundId.parse(fundId),
                    toJurisdiction == null ? null : JurisdictionCode.parse("toJurisdiction", toJurisdiction),
                    toProject == null ? null : ProjectId.parse(toProject),
                    Money.ofYuan(Require.present("amount", amount)), key(idempotencyKey));
        }
    }

    record Reversal(String entryId, String reason, String idempotencyKey) {

        ReverseFundEntryCommand toCommand(String fundId) {
            return new ReverseFundEntryCommand(FundId.parse(fundId), entryId, reason, key(idempotencyKey));
        }
    }

    record CompoundLink(String jurisdictionCode, String compoundId) {

        LinkFundingToCompoundCommand toCommand(String projectId) {
            return new LinkFundingToCompoundCommand(ProjectId.parse(projectId),
                    JurisdictionCode.parse("jurisdictionCode", jurisdictionCode), CompoundId.parse(compoundId));
        }
    }

    private static IdempotencyKey key(String idempotencyKey) {
        return IdempotencyKey.of(Require.text("idempotencyKey", idempotencyKey, 100));
    }
}
