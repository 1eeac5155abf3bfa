package org.renewalledger.kernel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;

/** The shape guards of the funding messages: what never reaches an aggregate. */
class FundingMessagesTest {

    private static final ProjectId PROJECT = ProjectId.of("520523001-001-2026");
    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final IdempotencyKey KEY = IdempotencyKey.of("BF-2026-0001");

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void shouldRefuseMoneyCommandsForNothingOrLess_becauseCorrectionsAreReversingEntries(long fen) {
        assertRefused("amount", () -> new AllocateFundsCommand(PROJECT, COUNTY, FundingSource.CENTRAL_SUBSIDY, Money.ofFen(fen), KEY));
        assertRefused("amount", () -> new DisburseSubsidyCommand(PROJECT, COUNTY, FundingSource.CENTRAL_SUBSIDY, Money.ofFen(fen),
                "黔建集团", KEY));
        assertRefused("amount", () -> new RecordExpenditureCommand(PROJECT, COUNTY, FundingSource.CENTRAL_SUBSIDY, Money.ofFen(fen),
                "鑫达建筑", "外墙保温", KEY));
        assertRefused("amount", () -> new ClawBackFundsCommand(PROJECT, COUNTY, "P-E1", Money.ofFen(fen), KEY));
        assertRefused("totalCost", () -> new ShareUtilityCostCommand(PROJECT, COUNTY, UtilityWork.GAS_SUPPLY, Money.ofFen(fen),
                "燃气公司", KEY));
    }

    @Test
    void shouldRequireAnIdempotencyKeyOnEveryMoneyCommand() {
        assertRefused("idempotencyKey", () -> new AllocateFundsCommand(PROJECT, COUNTY, FundingSource.CENTRAL_SUBSIDY,
                Money.ofYuan("1.00"), null));
        assertRefused("idempotencyKey", () -> new ReverseEntryCommand(PROJECT, COUNTY, "P-E1", "录入错误", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-leading-dash", "has space", "中文编号"})
    void shouldRefuseMalformedIdempotencyKeys(String key) {
        assertRefused("idempotencyKey", () -> IdempotencyKey.of(key));
    }

    @Test
    void shouldFundProjectsUnderACountyCode() {
        assertRefused("jurisdictionCode", () -> new AllocateFundsCommand(PROJECT, JurisdictionCode.of("520523001"),
                FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("1.00"), KEY));
    }

    @Test
    void shouldLetOnlyAllocationsDisbursementsAndExpendituresBeReversed() {
        assertThat(EntryKind.values()).filteredOn(EntryKind::reversible)
                .containsExactly(EntryKind.ALLOCATION, EntryKind.DISBURSEMENT, EntryKind.EXPENDITURE);
    }

    private static void assertRefused(String field, Runnable construction) {
        assertThatThrownBy(construction::run)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(((DomainException) e).field()).isEqualTo(field);
                });
    }
}
