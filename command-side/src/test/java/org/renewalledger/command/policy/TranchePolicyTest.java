package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.FundingMilestone;

class TranchePolicyTest {

    private final TranchePolicy policy = TranchePolicy.DEFAULT;

    @Test
    void shouldReleaseNothing_beforeConstructionStarts() {
        TranchePolicy.Release release = policy.release(Set.of(), Money.ofYuan("1000.00"));
        assertThat(release.ceiling()).isEqualTo(Money.ZERO);
        assertThat(release.rule()).isEqualTo("tranche-2026.1: no tranche before construction started");
    }

    @Test
    void shouldReleaseTheHighestGateReached() {
        assertThat(policy.release(EnumSet.of(FundingMilestone.CONSTRUCTION_STARTED), Money.ofYuan("1000")).ceiling())
                .isEqualTo(Money.ofYuan("600.00"));
        assertThat(policy.release(EnumSet.of(FundingMilestone.CONSTRUCTION_STARTED, FundingMilestone.COMPLETION_ACCEPTED),
                Money.ofYuan("1000")).ceiling()).isEqualTo(Money.ofYuan("900.00"));
        assertThat(policy.release(EnumSet.allOf(FundingMilestone.class), Money.ofYuan("1000")).rule())
                .isEqualTo("tranche-2026.1: 100% of the allocation after completion accepted and final accounts submitted");
    }

    @Test
    void shouldNotReleaseTheLastTranche_onFinalAccountsWithoutCompletionAcceptance() {
        assertThat(policy.release(EnumSet.of(FundingMilestone.CONSTRUCTION_STARTED, FundingMilestone.FINAL_ACCOUNTS_SUBMITTED),
                Money.ofYuan("1000")).ceiling()).isEqualTo(Money.ofYuan("600.00"));
    }

    @ParameterizedTest(name = "{1}% of {0} fen releases {2} fen")
    @CsvSource({
            "100000, 60, 60000",
            "33333, 60, 19999",   // 19999.8 rounds down: never more than the share
            "1, 60, 0",
            "1, 100, 1",          // the whole allocation at 100%, to the last fen
            "9223372036854775807, 100, 9223372036854775807",
            "9223372036854775807, 90, 8301034833169298226"})
    void shouldRoundTheReleasedShareDownToTheFen(long allocatedFen, int percent, long releasedFen) {
        assertThat(TranchePolicy.share(Money.ofFen(allocatedFen), percent)).isEqualTo(Money.ofFen(releasedFen));
    }
}
