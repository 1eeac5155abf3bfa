package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.compound.FundingLine;
import org.renewalledger.kernel.funding.FundingSource;

class FundingPolicyTest {

    private final FundingPolicy policy = FundingPolicy.DEFAULT;
    private final Money budget = Money.ofYuan("1000000.00");

    @Test
    void shouldAccept_whenResidentsProvideExactlyTenPercent() {
        FundingPolicy.Decision decision = policy.evaluate(budget, List.of(
                new FundingLine(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("900000")),
                new FundingLine(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("60000")),
                new FundingLine(FundingSource.MAINTENANCE_FUND, Money.ofYuan("40000"))));
        assertThat(decision).isEqualTo(new FundingPolicy.Sound(policy.rule(), Money.ofYuan("100000")));
    }

    @Test
    void shouldRefuse_whenResidentsProvideOneFenLessThanTenPercent() {
        FundingPolicy.Decision decision = policy.evaluate(budget, List.of(
                new FundingLine(FundingSource.LOCAL_BUDGET, Money.ofYuan("900000.01")),
                new FundingLine(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("99999.99"))));
        assertThat(decision).isInstanceOfSatisfying(FundingPolicy.Unsound.class,
                unsound -> assertThat(unsound.code()).isEqualTo(ErrorCode.RESIDENT_SHARE_TOO_LOW));
    }

    @Test
    void shouldRefuse_whenTheSourcesFallShortOfTheBudget() {
        FundingPolicy.Decision decision = policy.evaluate(budget, List.of(
                new FundingLine(FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("800000")),
                new FundingLine(FundingSource.RESIDENT_CONTRIBUTION, Money.ofYuan("199999.99"))));
        assertThat(decision).isInstanceOfSatisfying(FundingPolicy.Unsound.class,
                unsound -> assertThat(unsound.code()).isEqualTo(ErrorCode.FUNDING_DOES_NOT_COVER_BUDGET));
    }

    @Test
    void shouldNotCountUtilityCompaniesAsResidents() {
        FundingPolicy.Decision decision = policy.evaluate(budget, List.of(
                new FundingLine(FundingSource.UTILITY_COMPANY, Money.ofYuan("1000000"))));
        assertThat(decision).isInstanceOf(FundingPolicy.Unsound.class);
    }
}
