package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentTally;

/** Both framings of the owners' consent, at each boundary, in whole numbers. */
class ConsentPolicyTest {

    /** 300 owners holding 30,000 m² in all, 100 m² each unless a test says otherwise. */
    private static ConsentTally electorate() {
        return ConsentTally.empty(300, Area.ofSquareMetres("30000"));
    }

    private static ConsentTally votes(ConsentTally tally, ConsentChoice choice, int owners, String squareMetresEach) {
        for (int i = 0; i < owners; i++) {
            tally = tally.with(choice, Area.ofSquareMetres(squareMetresEach), +1);
        }
        return tally;
    }

    @Nested
    class DoubleTwoThirds {

        private final ConsentPolicy policy = ConsentPolicy.DOUBLE_TWO_THIRDS;

        @Test
        void shouldApprove_whenExactlyTwoThirdsOfAreaAndOwnersAgree() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 200, "100");
            assertThat(policy.evaluate(tally)).isInstanceOf(ConsentPolicy.Approved.class);
        }

        @Test
        void shouldRefuse_whenOneOwnerShortOfTwoThirds() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 199, "100.51");   // 20,001.49 m² ≥ 2/3 of area, 199 < 200 owners
            assertThat(policy.evaluate(tally)).isInstanceOf(ConsentPolicy.Refused.class);
        }

        @Test
        void shouldRefuse_whenOneSquareCentimetreShortOfTwoThirdsOfTheArea() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 199, "100");
            tally = tally.with(ConsentChoice.AGREE, new Area(100 * 10_000 - 1), +1);   // 200 owners, 19,999.9999 m²
            ConsentPolicy.Decision decision = policy.evaluate(tally);
            assertThat(decision).isInstanceOf(ConsentPolicy.Refused.class);
            assertThat(((ConsentPolicy.Refused) decision).reason()).contains("200 of 300");
        }

        @Test
        void shouldCountDisagreeAndAbstainAgainstApproval() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 199, "100");
            tally = votes(tally, ConsentChoice.ABSTAIN, 101, "100");
            assertThat(policy.evaluate(tally)).isInstanceOf(ConsentPolicy.Refused.class);
        }
    }

    @Nested
    class CivilCode278 {

        @Test
        void shouldApprove_whenExactlyTwoThirdsTakePartAndExactlyThreeQuartersOfThemAgree() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 150, "100");
            tally = votes(tally, ConsentChoice.DISAGREE, 50, "100");   // 200 of 300 take part; 150 of 200 agree
            assertThat(ConsentPolicy.CIVIL_CODE_MAJOR.evaluate(tally)).isInstanceOf(ConsentPolicy.Approved.class);
        }

        @Test
        void shouldRefuse_whenTheQuorumIsOneOwnerShort() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 199, "101");   // area 20,099 m² ≥ 2/3, but 199 owners < 200
            ConsentPolicy.Decision decision = ConsentPolicy.CIVIL_CODE_ORDINARY.evaluate(tally);
            assertThat(decision).isInstanceOf(ConsentPolicy.Refused.class);
            assertThat(((ConsentPolicy.Refused) decision).reason()).startsWith("No quorum");
        }

        @Test
        void shouldRefuseMajorMatters_whenJustBelowThreeQuartersOfParticipantsAgree() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 149, "100");
            tally = votes(tally, ConsentChoice.DISAGREE, 51, "100");
            assertThat(ConsentPolicy.CIVIL_CODE_MAJOR.evaluate(tally)).isInstanceOf(ConsentPolicy.Refused.class);
        }

        @Test
        void shouldRefuseOrdinaryMatters_whenExactlyHalfOfParticipantsAgree_becauseMoreThanHalfIsStrict() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 100, "100");
            tally = votes(tally, ConsentChoice.ABSTAIN, 100, "100");
            assertThat(ConsentPolicy.CIVIL_CODE_ORDINARY.evaluate(tally)).isInstanceOf(ConsentPolicy.Refused.class);
        }

        @Test
        void shouldApproveOrdinaryMatters_whenOneMoreThanHalfOfParticipantsAgree() {
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 101, "100");
            tally = votes(tally, ConsentChoice.ABSTAIN, 99, "100");
            assertThat(ConsentPolicy.CIVIL_CODE_ORDINARY.evaluate(tally)).isInstanceOf(ConsentPolicy.Approved.class);
        }

        @Test
        void shouldRequireBothAreaAndHeadcountAmongParticipants() {
            // 101 of 200 owners agree, but they hold less than half of the participating area.
            ConsentTally tally = votes(electorate(), ConsentChoice.AGREE, 101, "50");
            tally = votes(tally, ConsentChoice.DISAGREE, 99, "150");
            assertThat(ConsentPolicy.CIVIL_CODE_ORDINARY.evaluate(tally)).isInstanceOf(ConsentPolicy.Refused.class);
        }
    }

    @Test
    void shouldTakeBackAnEarlierVoteWhenAnOwnerChangesIt() {
        Area area = Area.ofSquareMetres("88.5");
        ConsentTally tally = electorate().with(ConsentChoice.DISAGREE, area, +1)
                .with(ConsentChoice.DISAGREE, area, -1).with(ConsentChoice.AGREE, area, +1);
        assertThat(tally.agreeOwners()).isEqualTo(1);
        assertThat(tally.disagreeOwners()).isZero();
        assertThat(tally.participatingArea()).isEqualTo(area);
    }

    @Test
    void shouldCompareThresholdsExactlyWithoutFloatingPoint() {
        assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(2, 3)).isTrue();
        assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(666_666_666_666L, 1_000_000_000_000L)).isFalse();
        assertThat(Threshold.MORE_THAN_HALF.isMetBy(1, 2)).isFalse();
        assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(0, 0)).isFalse();
    }
}
