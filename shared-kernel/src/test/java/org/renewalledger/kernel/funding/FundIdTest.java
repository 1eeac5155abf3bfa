package org.renewalledger.kernel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** The fund id scheme: holder (CN, a province or a county), source, year; and the shape guards of the fund commands. */
class FundIdTest {

    @Test
    void shouldReadLevelSourceYearAndScope_fromTheId() {
        FundId central = FundId.parse("CN-CENTRAL_SUBSIDY-2026");
        assertThat(central.level()).isEqualTo(FundLevel.CENTRAL);
        assertThat(central.scope()).isEqualTo(JurisdictionCode.of("100000"));
        assertThat(central.source()).isEqualTo(FundingSource.CENTRAL_SUBSIDY);
        assertThat(central.year()).isEqualTo(2026);
        assertThat(central.below(JurisdictionCode.of("520000"))).isEqualTo(FundId.parse("520000-CENTRAL_SUBSIDY-2026"));
        assertThat(FundId.parse("520000-SPECIAL_BONDS-2026").level()).isEqualTo(FundLevel.PROVINCE);
        assertThat(FundId.parse("520523-LOCAL_BUDGET-2026").level()).isEqualTo(FundLevel.COUNTY);
        assertThat(FundLevel.PROVINCE.below()).isEqualTo(FundLevel.COUNTY);
        assertThat(FundLevel.COUNTY.below()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"520500-LOCAL_BUDGET-2026", "100000-CENTRAL_SUBSIDY-2026", "520523001-LOCAL_BUDGET-2026",
            "520523-NOT_A_SOURCE-2026", "cn-CENTRAL_SUBSIDY-2026", "520523-LOCAL_BUDGET-26", ""})
    void shouldRefuseIdsOutsideTheScheme(String id) {
        assertThatThrownBy(() -> FundId.parse(id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("fundId"));
    }

    @Test
    void shouldRequireExactlyOneTarget_forAnAllocationDown() {
        FundId fund = FundId.parse("520523-LOCAL_BUDGET-2026");
        IdempotencyKey key = IdempotencyKey.of("XD-1");
        assertThatThrownBy(() -> new AllocateFromFundCommand(fund, null, null, Money.ofYuan("1.00"), key))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new AllocateFromFundCommand(fund, JurisdictionCode.of("520523"), ProjectId.of("520523001-001-2026"),
                Money.ofYuan("1.00"), key)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new CommitFundsCommand(fund, Money.ZERO, key)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.field()).isEqualTo("amount"));
    }
}
