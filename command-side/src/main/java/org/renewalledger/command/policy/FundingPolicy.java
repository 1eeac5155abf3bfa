package org.renewalledger.command.policy;

import java.util.List;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.FundingLine;

/**
 * Whether a scheme's funding plan is sound (docs/DOMAIN.md, "Scheme approval"): the sources together cover the
 * budget, and the residents' own share (direct contribution, their maintenance and provident funds, public
 * revenue) is at least {@code minimumResidentShare} of the budget — 居民出资比例原则上不得低于10%.
 */
public record FundingPolicy(Threshold minimumResidentShare) {

    public static final FundingPolicy DEFAULT = new FundingPolicy(Threshold.AT_LEAST_ONE_TENTH);

    public sealed interface Decision permits Sound, Unsound {
    }

    public record Sound(String rule, Money residentShare) implements Decision {
    }

    public record Unsound(ErrorCode code, String reason) implements Decision {
    }

    public String rule() {
        return "funding covers the budget; residents' share " + minimumResidentShare + " of the budget";
    }

    public Decision evaluate(Money budget, List<FundingLine> funding) {
        Money total = funding.stream().map(FundingLine::amount).reduce(Money.ZERO, Money::plus);
        Money residents = funding.stream().filter(line -> line.source().fromResidents())
                .map(FundingLine::amount).reduce(Money.ZERO, Money::plus);
        if (total.compareTo(budget) < 0) {
            return new Unsound(ErrorCode.FUNDING_DOES_NOT_COVER_BUDGET,
                    "The funding plan totals " + total + " against a budget of " + budget + "; " + rule());
        }
        if (!minimumResidentShare.isMetBy(residents.fen(), budget.fen())) {
            return new Unsound(ErrorCode.RESIDENT_SHARE_TOO_LOW,
                    "Residents provide " + residents + " of a budget of " + budget + "; " + rule());
        }
        return new Sound(rule(), residents);
    }
}
