package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.UtilityWork;

class CostSharePolicyTest {

    private final CostSharePolicy policy = CostSharePolicy.DEFAULT;

    @Test
    void shouldSplitTelecomRelocationSixtyFiveThirtyFive() {
        CostSharePolicy.Split split = policy.split(UtilityWork.TELECOM_RELOCATION, Money.ofYuan("10000.00"));
        assertThat(split.shares()).containsExactly(
                new SourceAmount(FundingSource.UTILITY_COMPANY, Money.ofYuan("6500.00")),
                new SourceAmount(FundingSource.LOCAL_BUDGET, Money.ofYuan("3500.00")));
        assertThat(split.rule())
                .isEqualTo("cost-share-2026.1: TELECOM_RELOCATION UTILITY_COMPANY 65% / LOCAL_BUDGET 35%, largest remainder to the fen");
    }

    @ParameterizedTest(name = "{0} fen: company {1}, budget {2}")
    @CsvSource({
            "1, 1, 0",     // 0.65 vs 0.35: the larger dropped fraction takes the fen
            "3, 2, 1",     // 1.95 / 1.05
            "7, 5, 2",     // 4.55 / 2.45
            "10, 7, 3"})   // 6.5 / 3.5: tie, the party listed first takes it
    void shouldGiveLeftoverFenByLargestRemainder(long totalFen, long companyFen, long budgetFen) {
        assertThat(policy.split(UtilityWork.TELECOM_RELOCATION, Money.ofFen(totalFen)).shares()).containsExactly(
                new SourceAmount(FundingSource.UTILITY_COMPANY, Money.ofFen(companyFen)),
                new SourceAmount(FundingSource.LOCAL_BUDGET, Money.ofFen(budgetFen)));
    }

    @Test
    void shouldSplitCommonPowerLinesEvenly_withTheOddFenToTheGovernment() {
        assertThat(policy.split(UtilityWork.COMMON_POWER_LINES, Money.ofFen(12_345)).shares()).containsExactly(
                new SourceAmount(FundingSource.LOCAL_BUDGET, Money.ofFen(6_173)),
                new SourceAmount(FundingSource.UTILITY_COMPANY, Money.ofFen(6_172)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 99, 101, 12_345, 22_141_000_001L, Long.MAX_VALUE})
    void shouldAlwaysSumToTheWhole(long totalFen) {
        for (UtilityWork work : UtilityWork.values()) {
            List<SourceAmount> shares = policy.split(work, Money.ofFen(totalFen)).shares();
            assertThat(shares.stream().mapToLong(share -> share.amount().fen()).sum()).as(work.name()).isEqualTo(totalFen);
        }
    }

    @ParameterizedTest
    @EnumSource(value = UtilityWork.class, names = {"WATER_SUPPLY", "GAS_SUPPLY"})
    void shouldLetTheCompanyPayWaterAndGasInFull(UtilityWork work) {
        assertThat(policy.split(work, Money.ofYuan("88.88")).shares())
                .containsExactly(new SourceAmount(FundingSource.UTILITY_COMPANY, Money.ofYuan("88.88")));
    }
}
