package org.renewalledger.command.policy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.UtilityWork;

/**
 * Who pays which part of a pipeline work (docs/DOMAIN.md, "Money"; one seed's rules, so a policy): telecom and
 * cable relocation 65% the company, 35% the local budget; residents' common power lines 50% government,
 * 50% the power company; water and gas 100% the company; duct and cabinet civil works 100% local budget.
 *
 * <p>Rounding rule (largest remainder): each part is first rounded down to the fen; the fen left over are
 * then given one each to the parts with the largest dropped fractions, ties going to the party listed
 * first. The parts therefore always sum exactly to the total, and no part is off by more than one fen.
 */
public record CostSharePolicy(String version, Map<UtilityWork, List<Part>> parts) {

    public static final CostSharePolicy DEFAULT = new CostSharePolicy("cost-share-2026.1", Map.of(
            UtilityWork.TELECOM_RELOCATION, List.of(new Part(FundingSource.UTILITY_COMPANY, 65), new Part(FundingSource.LOCAL_BUDGET, 35)),
            UtilityWork.CABLE_TV_RELOCATION, List.of(new Part(FundingSource.UTILITY_COMPANY, 65), new Part(FundingSource.LOCAL_BUDGET, 35)),
            UtilityWork.COMMON_POWER_LINES, List.of(new Part(FundingSource.LOCAL_BUDGET, 50), new Part(FundingSource.UTILITY_COMPANY, 50)),
            UtilityWork.WATER_SUPPLY, List.of(new Part(FundingSource.UTILITY_COMPANY, 100)),
            UtilityWork.GAS_SUPPLY, List.of(new Part(FundingSource.UTILITY_COMPANY, 100)),
            UtilityWork.DUCT_CIVIL_WORKS, List.of(new Part(FundingSource.LOCAL_BUDGET, 100))));

    public CostSharePolicy {
        Objects.requireNonNull(version, "version");
        parts = Map.copyOf(parts);
        parts.forEach((work, list) -> {
            if (list.stream().mapToInt(Part::percent).sum() != 100) {
                throw new IllegalArgumentException("The parts of " + work + " must add up to 100%");
            }
        });
    }

    /** A party's percentage of a work's cost. */
    public record Part(FundingSource source, int percent) {
    }

    /** The split and the rule that made it, quoted in the event. */
    public record Split(List<SourceAmount> shares, String rule) {
    }

    public Split split(UtilityWork work, Money total) {
        List<Part> list = parts.get(work);
        if (list == null) {
            throw new IllegalArgumentException("No cost-share rule for " + work);
        }
        BigInteger totalFen = BigInteger.valueOf(total.fen());
        BigInteger hundred = BigInteger.valueOf(100);
        long[] fen = new long[list.size()];
        long[] dropped = new long[list.size()];
        long leftover = total.fen();
        for (int i = 0; i < list.size(); i++) {
            BigInteger[] division = totalFen.multiply(BigInteger.valueOf(list.get(i).percent())).divideAndRemainder(hundred);
            fen[i] = division[0].longValueExact();
            dropped[i] = division[1].longValueExact();
            leftover -= fen[i];
        }
        List<Integer> byLargestRemainder = IntStream.range(0, list.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> dropped[i]).reversed().thenComparingInt(i -> i))
                .toList();
        for (int k = 0; k < leftover; k++) {
            fen[byLargestRemainder.get(k)]++;
        }
        List<SourceAmount> shares = new ArrayList<>();
        StringBuilder rule = new StringBuilder(version).append(": ").append(work).append(' ');
        for (int i = 0; i < list.size(); i++) {
            shares.add(new SourceAmount(list.get(i).source(), Money.ofFen(fen[i])));
            rule.append(i == 0 ? "" : " / ").append(list.get(i).source()).append(' ').append(list.get(i).percent()).append('%');
        }
        return new Split(List.copyOf(shares), rule.append(", largest remainder to the fen").toString());
    }
}
